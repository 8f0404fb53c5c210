using EcoGov.Core.Monitoring;
using EcoGov.Application.Monitoring;
using EcoGov.Cli.Tests;
using EcoGov.Web.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace EcoGov.Application.Tests;

/// <summary>The same monitoring file into both hosts' stores, each the way it imports one: `monitoring import` and the web's import operation.</summary>
public static class HostImports
{
    /// <summary>Writes <paramref name="csv"/> to a temporary file, imports it into both stores (nothing may be rejected), and deletes it.</summary>
    public static async Task IntoBoth(EcoGovFactory web, CliRunner cli, string csv, MonitoringDataKind kind, string jurisdiction)
    {
        var file = Path.Combine(Path.GetTempPath(), "ecogov-import-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(file, csv);
        try
        {
            var (exit, _, stderr) = cli.Run("monitoring", "import", file, "--kind", MonitoringDataKinds.Name(kind), "--jurisdiction", jurisdiction, "--json");
            Assert.True(exit == 0, stderr);
            using var scope = web.Services.CreateScope();
            var import = scope.ServiceProvider.GetRequiredService<MonitoringImportService>();
            Assert.Empty((await import.ImportAsync(new MonitoringImportRequest(file, kind, jurisdiction))).Rejected);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
