using EcoGov.Core.Jurisdictions;
using EcoGov.Data.Entities;

namespace EcoGov.Data.Seeding;

/// <summary>
/// Adds jurisdictions that are not in the store (the province load-test data set, `demo province`): a code already held
/// is left as it is (the seed's tree stays the seed's), so adding the same list twice writes nothing. No boundary.
/// </summary>
public static class JurisdictionAdditions
{
    /// <summary>Adds those of <paramref name="jurisdictions"/> whose code is not held, in one save; returns them.</summary>
    public static IReadOnlyList<Jurisdiction> AddMissing(EcoGovDbContext db, IEnumerable<Jurisdiction> jurisdictions)
    {
        var held = db.Jurisdictions.Select(j => j.Code).ToHashSet(StringComparer.Ordinal);
        var added = new List<Jurisdiction>();
        foreach (var j in jurisdictions)
        {
            if (!held.Add(j.Code)) continue;
            if (j.ParentCode is { } parent && !held.Contains(parent))
                throw new InvalidOperationException($"jurisdiction {j.Code}: parent {parent} is not held");
            db.Jurisdictions.Add(new JurisdictionEntity { Code = j.Code, Name = j.Name, ParentCode = j.ParentCode, Level = j.Level, FormerNames = [.. j.FormerNames] });
            added.Add(j);
        }
        if (added.Count > 0) db.SaveChanges();
        return added;
    }
}
