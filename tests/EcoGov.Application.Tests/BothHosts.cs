using System.Globalization;
using System.Text;
using EcoGov.Application.Monitoring;
using EcoGov.Cli.Tests;
using EcoGov.Core.Monitoring;
using EcoGov.Data;
using EcoGov.Data.Monitoring;
using EcoGov.Web.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace EcoGov.Application.Tests;

/// <summary>
/// The web app (its own SQLite file) and the CLI (another), each with the same hourly air data of two stations of
/// 城区 (140502), 2023-01-01 to 2023-01-05, imported the way each host imports it; and a signed-in web client.
/// </summary>
public sealed class BothHosts : IAsyncLifetime
{
    public EcoGovFactory Web { get; } = new();
    public CliRunner Cli { get; } = new();
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var air = new StringBuilder("station,time,SO2,NO2,CO,O3,PM10,PM2.5\n");
        for (var h = 0; h < 24 * 5; h++)
            foreach (var s in new[] { "城区A", "城区B" })
                air.Append(CultureInfo.InvariantCulture, $"{s},{new DateTime(2023, 1, 1).AddHours(h):yyyy-MM-dd HH:mm},{8 + h % 5},{25 + h % 9},0.7,{50 + h % 40},{80 + h % 30},{45 + h % 25}\n");
        await HostImports.IntoBoth(Web, Cli, air.ToString(), MonitoringDataKind.AirHourly, "140502");
        Client = await Web.SignedInClient();
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        await Web.DisposeAsync();
        Cli.Dispose();
    }
}
