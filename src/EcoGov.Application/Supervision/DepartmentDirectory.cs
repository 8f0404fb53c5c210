using EcoGov.Core.Supervision;
using EcoGov.Core.Text;
using EcoGov.Data;
using EcoGov.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace EcoGov.Application.Supervision;

/// <summary>A department as listed.</summary>
public sealed record DepartmentView(int Id, string JurisdictionCode, string Name, bool FromPlans, bool IsActive);

/// <summary>
/// 部门 the departments of each jurisdiction: every lead and cooperating unit its plans name (tasks' 牵头/配合单位,
/// projects' 责任单位), one row per normalised name, plus those an administrator or plan office adds.
/// </summary>
public sealed class DepartmentDirectory(EcoGovDbContext db, AuditTrail audit, PlanAccess access)
{
    public const string JurisdictionField = "jurisdiction";
    public const string NameField = "name";

    /// <summary>The departments of a jurisdiction (all when absent), by jurisdiction and name.</summary>
    public async Task<IReadOnlyList<DepartmentView>> ListAsync(string? jurisdiction, CancellationToken ct = default)
    {
        var q = db.Departments.AsNoTracking();
        if (!RequestValues.Absent(jurisdiction))
        {
            var code = (await access.ChainAsync(jurisdiction!, JurisdictionField, ct))[0];
            q = q.Where(d => d.JurisdictionCode == code);
        }
        var rows = await q.OrderBy(d => d.JurisdictionCode).ThenBy(d => d.Name).ToListAsync(ct);
        return [.. rows.Select(d => new DepartmentView(d.Id, d.JurisdictionCode, d.Name, d.FromPlans, d.IsActive))];
    }

    /// <summary>Adds a department to a jurisdiction (administrator, or its plan office).</summary>
    public async Task<DepartmentView> AddAsync(Actor actor, string? jurisdiction, string? name, CancellationToken ct = default)
    {
        if (RequestValues.Absent(jurisdiction))
            throw new ApplicationInputException(ErrorCode.Required, JurisdictionField, AppText.DepartmentJurisdictionRequired());
        var chain = await access.ChainAsync(jurisdiction!, JurisdictionField, ct);
        AccessPolicy.Demand(actor, SupervisionAction.ManageDepartments, chain);
        var clean = RequestValues.Absent(name) ? "" : DepartmentNames.Normalize(name!);
        if (clean.Length is 0 or > 100 || clean.Any(char.IsControl))
            throw new ApplicationInputException(ErrorCode.InvalidValue, NameField, AppText.NameMustBeCharacters());
        if (await db.Departments.AnyAsync(d => d.JurisdictionCode == chain[0] && d.Name == clean, ct))
            throw new ApplicationInputException(ErrorCode.Conflict, NameField, AppText.DepartmentExists(UserText.Quote(clean)));
        var row = new DepartmentEntity { JurisdictionCode = chain[0], Name = clean, FromPlans = false };
        await audit.InTransactionAsync(async () =>
        {
            db.Departments.Add(row);
            await db.SaveChangesAsync(ct);
            audit.Add(actor, "department.add", "department", row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                new AuditChange("name", null, clean), new AuditChange("jurisdiction", null, chain[0]));
            return row.Id;
        }, ct);
        return new DepartmentView(row.Id, row.JurisdictionCode, row.Name, false, true);
    }
}
