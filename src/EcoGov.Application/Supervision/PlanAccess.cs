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
        ?? throw new ApplicationInputException(ErrorCode.NotFound, field, $"未收录行政区划代码 {UserText.Quote(code)} / unknown jurisdiction");

    /// <summary>The plan, or NotFound on <paramref name="field"/>.</summary>
    public async Task<Plan> PlanAsync(string? id, string field, CancellationToken ct = default)
    {
        if (RequestValues.Absent(id))
            throw new ApplicationInputException(ErrorCode.Required, field, "须指定规划编号 / the plan id is required");
        return await catalog.PlanAsync(id!.Trim(), ct)
            ?? throw new ApplicationInputException(ErrorCode.NotFound, field,
                $"规划 {UserText.Quote(id)} 不存在；可选 / no such plan; one of: {string.Join(", ", (await catalog.PlansAsync(ct)).Select(p => p.Id))}");
    }
}
