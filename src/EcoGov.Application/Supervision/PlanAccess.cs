using EcoGov.Core.Plans;
using EcoGov.Core.Text;
using EcoGov.Data.Queries;

namespace EcoGov.Application.Supervision;

/// <summary>Resolves what supervision requests name — a plan, a jurisdiction, a task or project reference — or refuses it.</summary>
public sealed class PlanAccess(PlanCatalog catalog)
{
    /// <summary>The jurisdiction and its ancestors, most specific first; unknown → NotFound on <paramref name="field"/>.</summary>
    public async Task<IReadOnlyList<string>> ChainAsync(string code, string field, CancellationToken ct = default) =>
        await catalog.AncestorsAndSelfAsync(code.Trim(), ct)
        ?? throw new ApplicationInputException(ErrorCode.NotFound, field, AppText.UnknownJurisdiction(UserText.Quote(code)));

    /// <summary>The plan, or NotFound on <paramref name="field"/>.</summary>
    public async Task<Plan> PlanAsync(string? id, string field, CancellationToken ct = default)
    {
        if (RequestValues.Absent(id))
            throw new ApplicationInputException(ErrorCode.Required, field, AppText.PlanIdIsRequired());
        return await catalog.PlanAsync(id!.Trim(), ct)
            ?? throw new ApplicationInputException(ErrorCode.NotFound, field,
                AppText.NoSuchPlan(UserText.Quote(id), string.Join(", ", (await catalog.PlansAsync(ct)).Select(p => p.Id))));
    }
}
