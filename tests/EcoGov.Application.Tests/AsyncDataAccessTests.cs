using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using EcoGov.Application.Zoning;
using EcoGov.Core.Monitoring;
using EcoGov.Core.Zoning;
using EcoGov.Data;
using EcoGov.Data.Zoning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace EcoGov.Application.Tests;

/// <summary>
/// Records the database commands EF Core executes synchronously (<c>ExecuteReader</c>, <c>ExecuteNonQuery</c>,
/// <c>ExecuteScalar</c> — not their <c>…Async</c> forms) on the stores it watches. It listens to EF Core's diagnostic
/// source (the <c>CommandExecuting</c> event every interceptor sees too, whose <see cref="CommandEventData.IsAsync"/> says
/// which form ran), so it sees both hosts' contexts — the web's and the in-process CLI's — without a hook in either. The
/// start-up initialisation (<c>EcoGovDatabase.Initialize</c>/<c>Migrate</c>, under the initialisation lock, synchronous by
/// design and run by every CLI command) is left out by its stack.
/// </summary>
public sealed class SyncCommandRecorder : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly HashSet<string> stores;
    private readonly List<IDisposable> subscriptions = [];
    private readonly ConcurrentQueue<string> found = new();

    /// <param name="stores">The stores watched, by <see cref="Key"/>.</param>
    public SyncCommandRecorder(IEnumerable<string> stores)
    {
        this.stores = [.. stores];
        subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    private int asynchronous;

    /// <summary>The synchronous commands seen: the command text and the first EcoGov frame that ran it.</summary>
    public IReadOnlyList<string> Found => [.. found];

    /// <summary>How many asynchronous commands it saw on the stores watched (that it hears the hosts at all).</summary>
    public int Asynchronous => Volatile.Read(ref asynchronous);

    /// <summary>A store's identity as its connection gives it (the SQLite file, or the PostgreSQL server and database).</summary>
    public static string Key(EcoGovDbContext db)
    {
        var c = db.Database.GetDbConnection();
        return c.DataSource + "|" + c.Database;
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name) lock (subscriptions) subscriptions.Add(listener.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> e)
    {
        if (e.Key != RelationalEventId.CommandExecuting.Name || e.Value is not CommandEventData data) return;
        if (data.Context is not EcoGovDbContext db || !stores.Contains(Key(db))) return;
        if (data.IsAsync)
        {
            Interlocked.Increment(ref asynchronous);
            return;
        }
        var frames = new StackTrace().GetFrames().Select(f => f.GetMethod()).ToList();
        if (frames.Any(m => m?.DeclaringType == typeof(EcoGovDatabase) && m.Name is nameof(EcoGovDatabase.Initialize) or nameof(EcoGovDatabase.Migrate)))
            return;
        var caller = frames.FirstOrDefault(m => m?.DeclaringType?.FullName?.StartsWith("EcoGov.", StringComparison.Ordinal) == true
                                                && m.DeclaringType.Assembly != typeof(SyncCommandRecorder).Assembly);
        found.Enqueue($"{data.ExecuteMethod} {data.Command.CommandText.ReplaceLineEndings(" ")} ← {caller?.DeclaringType?.FullName}.{caller?.Name}");
    }

    public void OnCompleted() { }

    public void OnError(Exception error) { }

    public void Dispose()
    {
        lock (subscriptions) foreach (var s in subscriptions) s.Dispose();
    }
}

/// <summary>
/// Issue 8 item 2: data access is async with <see cref="CancellationToken"/> end to end. A representative set of operations
/// through both hosts — the plans and their records, progress, the air evaluation from the store, a monitoring import, the
/// calendar, a zoning layer import, export and diff, a site assessment, a backup — runs no database command synchronously
/// once the store is initialised (a <c>ToList()</c> where a <c>ToListAsync()</c> belongs fails it).
/// </summary>
public sealed class AsyncDataAccessTests(BothHosts hosts) : IClassFixture<BothHosts>
{
    private const string Plan = "chengqu-2023-air";
    private const string Point = "112.85,35.50";

    [Fact]
    public async Task The_operations_of_both_hosts_run_no_synchronous_database_command()
    {
        string web, cli;
        using (var scope = hosts.Web.Services.CreateScope()) web = SyncCommandRecorder.Key(scope.ServiceProvider.GetRequiredService<EcoGovDbContext>());
        using (var db = new EcoGovDbContext(EcoGovDatabase.Options(EcoGovDatabase.ConnectionString(hosts.Cli.Db)))) cli = SyncCommandRecorder.Key(db);
        Assert.NotEqual(web, cli);
        using var recorder = new SyncCommandRecorder([web, cli]);

        // plans and their records
        Cli("plans");
        Cli("indicators", "--plan", Plan);
        Cli("supervision-rules", "--plan", Plan);
        await Get("/api/plans");
        await Get($"/api/plans/{Plan}");
        await Get($"/api/plans/{Plan}/tasks");
        await Get("/api/jurisdictions/140500/access-list");
        await Get("/Plans");
        await Get($"/Plans/{Plan}");
        await Get("/Jurisdictions?code=140502");

        // a monitoring import into each host (the web's through its application service)
        var air = new StringBuilder("station,time,SO2,NO2,CO,O3,PM10,PM2.5\n");
        for (var h = 0; h < 24; h++) air.Append(CultureInfo.InvariantCulture, $"城区C,2023-01-06 {h:D2}:00,9,26,0.7,55,85,50\n");
        await HostImports.IntoBoth(hosts.Web, hosts.Cli, air.ToString(), MonitoringDataKind.AirHourly, "140502");

        // progress, the air evaluation from the store, the calendar, the dashboard
        Cli("progress", "--plan", Plan, "--from-store");
        Cli("air", "evaluate", "--from-store", "--jurisdiction", "140502", "--standard", "GB3095-2012");
        Cli("monitoring", "calendar", "--jurisdiction", "140502", "--year", "2023");
        Cli("monitoring", "stations");
        await Get($"/api/plans/{Plan}/progress");
        await Get($"/Progress?Plan={Plan}");
        await Get($"/Foresight?Plan={Plan}&AsOf=2023-01-06");
        await Get("/api/air/evaluate?jurisdiction=140502&standard=GB3095-2012");
        await Get("/Monitoring?Standard=GB3095-2012&Jurisdiction=140502");
        await Get("/api/monitoring/calendar?jurisdiction=140502&year=2023");
        await Get("/Monitoring/Calendar?Jurisdiction=140502&Year=2023");
        await Get("/api/monitoring/stations");
        await Get("/api/dashboard?jurisdiction=140502&asOf=2023-01-06");

        // a zoning layer: exported, imported again as new versions (one per host), versions, diff, the map
        var geojson = await Get("/api/zoning/layers/units/geojson?jurisdiction=140500");
        var file = Path.Combine(hosts.Cli.Directory, "units-again.geojson");
        await File.WriteAllTextAsync(file, geojson);
        var imported = Cli("zoning", "import", file, "--layer", "units", "--jurisdiction", "140500", "--effective", "2030-01-01", "--crs", "EPSG:4490");
        var to = imported.GetProperty("version").GetProperty("id").GetInt64();
        var from = Cli("zoning", "versions", "--layer", "units", "--jurisdiction", "140500").EnumerateArray().First().GetProperty("id").GetInt64();
        Cli("zoning", "diff", "--from", from.ToString(CultureInfo.InvariantCulture), "--to", to.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(0, hosts.Cli.Run("zoning", "export", "--layer", "units", "--jurisdiction", "140500").Exit);
        using (var scope = hosts.Web.Services.CreateScope())
        {
            var layer = await scope.ServiceProvider.GetRequiredService<ZoningLayerService>().ImportAsync(new LayerImportRequest(
                "units", "140500", "2030-01-01", "EPSG:4490", "units-again.geojson", Encoding.UTF8.GetBytes(geojson)));
            Assert.Equal(LayerImportStatus.Created, layer.Status);
        }
        var versions = System.Text.Json.JsonDocument.Parse(await Get("/api/zoning/versions?layer=units&jurisdiction=140500")).RootElement;
        var (first, last) = (versions[0].GetProperty("id").GetInt64(), versions[versions.GetArrayLength() - 1].GetProperty("id").GetInt64());
        await Get("/api/zoning/map?jurisdiction=140500&date=2030-01-01");
        await Get("/Zoning?Jurisdiction=140500");
        await Get(FormattableString.Invariant($"/Zoning/Import?DiffLayer=units&DiffJurisdiction=140500&From={first}&To={last}"));

        // a site assessment
        Cli("zoning", "assess", "--point", Point, "--industry", "3011", "--date", "2024-06-01");
        var assessed = await hosts.Client.PostAsync("/api/zoning/assess",
            new StringContent($"{{\"site\":\"{Point}\",\"industry\":\"3011\",\"date\":\"2024-06-01\"}}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, assessed.StatusCode);

        // a backup
        Cli("backup", "--out", Path.Combine(hosts.Cli.Directory, "backup.zip"));

        Assert.True(recorder.Asynchronous > 100, $"the recorder heard {recorder.Asynchronous} asynchronous commands");
        Assert.True(recorder.Found.Count == 0,
            "synchronous database commands after initialisation:\n" + string.Join("\n", recorder.Found.Distinct().Take(20)));
    }

    private System.Text.Json.JsonElement Cli(params string[] args)
    {
        var (exit, stdout, stderr) = hosts.Cli.Run([.. args, "--json"]);
        Assert.True(exit is 0 or 1, $"{string.Join(' ', args)}: exit {exit}: {stderr}");
        using var doc = System.Text.Json.JsonDocument.Parse(stdout);
        return doc.RootElement.Clone();
    }

    private async Task<string> Get(string path)
    {
        var response = await hosts.Client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {text[..Math.Min(300, text.Length)]}");
        return text;
    }
}
