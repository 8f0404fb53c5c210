using EcoGov.Core.Plans;
using EcoGov.Core.Text;
using EcoGov.Data.Queries;

namespace EcoGov.Application.Supervision;

/// <summary>Resolves what supervision requests name — a plan, a jurisdiction, a task or project reference — or refuses it.</summary>
public sealed class PlanAccess(PlanCatalog catalog)
{
    /// <summary>The jurisdiction and its ancestors, most specific first; unknown → NotFound on <paramref name="field"/>.</summary>
    public IReadOnlyList<string> Chain(string code, string field) =>
        catalog.AncestorsAndSelf(code.Trim())
        ?? throw new ApplicationInputException(ErrorCode.NotFound, field, AppText.UnknownJurisdiction(UserText.Quote(code)));

    /// <summary>The plan, or NotFound on <paramref name="field"/>.</summary>
    public Plan Plan(string? id, string field)
    {
        if (RequestValues.Absent(id))
            throw new ApplicationInputException(ErrorCode.Required, field, AppText.PlanIdIsRequired());
        return catalog.Plan(id!.Trim())
            ?? throw new ApplicationInputException(ErrorCode.NotFound, field,
                AppText.NoSuchPlan(UserText.Quote(id), string.Join(", ", catalog.Plans().Select(p => p.Id))));
    }
}
