using System.Text.Json;
using Microsoft.Playwright;

namespace EcoGov.E2E;

/// <summary>
/// The accessibility scan of the browser tests: axe-core (npm, tests/EcoGov.E2E/node_modules) injected into the page —
/// so the page's context must bypass the Content-Security-Policy — and run over the whole document.
/// </summary>
public static class Axe
{
    /// <summary>An axe-core violation as the scan returns it.</summary>
    public sealed record Violation(string Id, string? Impact, string Help, int Nodes, string Target);

    /// <summary>Fails when axe-core finds a serious or critical violation, naming each with its first three targets.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Path.Combine(ServerFixture.RepoRoot, "tests", "EcoGov.E2E", "node_modules", "axe-core", "axe.min.js") });
        var violations = JsonSerializer.Deserialize<Violation[]>(await page.EvaluateAsync<string>(
            "async () => JSON.stringify((await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, target: v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(' | ') })))"),
            new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        var serious = violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Impact} {v.Id}: {v.Help} ({v.Nodes}: {v.Target})")));
    }
}
