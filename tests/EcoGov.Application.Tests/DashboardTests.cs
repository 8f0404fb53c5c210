using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace EcoGov.Application.Tests;

/// <summary>
/// 驾驶舱 (issue 13): the dashboard is a composition of the operations that own its figures, so on a seeded store with
/// constructed data each figure equals what `air evaluate`, `progress` and `tasks` give, a report accepted moves exactly
/// one task between states, both hosts print the same JSON, and the ledger's access rule applies.
/// </summary>
public sealed class DashboardTests : IAsyncLifetime
{
    private const string Day = "2023-06-30";
    private const string Password = "Dashboard-Check-2023!";
    /// <summary>PM2.5 by month (μg/m³), constant within each month: the year so far is 6800 / 181 days = 37.6 → 38.</summary>
    private static readonly int[] Pm25 = [50, 60, 40, 30, 20, 27];
    private static readonly string[] Plans = ["chengqu-2023-air", "chengqu-2023-soil", "chengqu-2023-water"];

    private readonly CliSupervisionHost cli = new();
    private readonly WebSupervisionHost web = new();

    public async Task InitializeAsync()
    {
        var csv = new StringBuilder("station,time,SO2,NO2,CO,O3,PM10,PM2.5\n");
        foreach (var station in new[] { "城区甲站", "城区乙站" })
            for (var t = new DateTime(2023, 1, 1); t < new DateTime(2023, 7, 1); t = t.AddHours(1))
                csv.Append(CultureInfo.InvariantCulture, $"{station},{t:yyyy-MM-dd HH:mm},5,15,0.5,60,40,{Pm25[t.Month - 1]}\n");
        var file = Path.Combine(Path.GetTempPath(), "ecogov-dashboard-" + Guid.NewGuid().ToString("N") + ".csv");
        await File.WriteAllTextAsync(file, csv.ToString());
        try
        {
            await cli.ImportAir(file, "140502");
            await web.ImportAir(file, "140502");
        }
        finally
        {
            File.Delete(file);
        }
    }

    public async Task DisposeAsync()
    {
        cli.Dispose();
        await web.DisposeAsync();
    }

    private static JsonNode Ok(Outcome o, string what)
    {
        Assert.True(o.Ok, $"{what}: {o.Message}");
        return o.Json!;
    }

    private static Dictionary<string, int> ByState(JsonNode dashboard) =>
        dashboard["tasks"]!["byState"]!.AsArray().ToDictionary(c => c!["state"]!.GetValue<string>(), c => c!["count"]!.GetValue<int>());

    private static List<string> Overdue(JsonNode dashboard) =>
        [.. dashboard["tasks"]!["overdue"]!.AsArray().Select(t => t!["reference"]!.GetValue<string>()).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task The_figures_are_those_of_air_evaluate_progress_and_the_ledger_in_both_hosts()
    {
        var d = Ok(await cli.Dashboard(null, "140502", Day), "dashboard");
        Assert.Equal(Day, d["asOf"]!.GetValue<string>());
        Assert.Equal("requested", d["asOfBasis"]!.GetValue<string>());
        Assert.False(d["demoData"]!.GetValue<bool>());
        Assert.Equal(Plans, d["plans"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()));

        // Air: the year so far is `air evaluate` of 1 January to the day, and the annual target's row of `progress`.
        var air = d["air"]!;
        var evaluate = Ok(await cli.Command("air", "evaluate", "--from-store", "--jurisdiction", "140502", "--standard", "GB3095-2012", "--from", "2023-01-01", "--to", Day), "air evaluate");
        var progress = Ok(await cli.Command("progress", "--plan", "chengqu-2023-air", "--from-store", "--as-of", Day), "progress");
        var annual = progress["targets"]!.AsArray().Single(t => t!["pollutant"]!.GetValue<string>() == "PM2.5" && t["month"] is null && t["year"]!.GetValue<int>() == 2023)!;
        var pm25 = air["yearToDate"]!.AsArray().Single(f => f!["pollutant"]!.GetValue<string>() == "PM2.5")!;
        Assert.Equal(38m, pm25["actual"]!.GetValue<decimal>());
        Assert.Equal(evaluate["all"]!["means"]!["PM2.5"]!.GetValue<decimal>(), pm25["actual"]!.GetValue<decimal>());
        Assert.Equal(annual["actual"]!.GetValue<double>(), (double)pm25["actual"]!.GetValue<decimal>());
        Assert.Equal(36, pm25["target"]!.GetValue<double>());
        Assert.Equal(annual["status"]!.GetValue<string>(), pm25["status"]!.GetValue<string>());
        Assert.Equal(evaluate["all"]!["goodRatio"]!.GetValue<decimal>(), air["goodRatio"]!.GetValue<decimal>());

        // 按目标倒排: each annual target as `foresight` gives it on the day (what the rest of the year must achieve, the verdict)
        var foresight = Ok(await cli.Command("foresight", "--plan", "chengqu-2023-air", "--as-of", Day), "foresight");
        var required = air["required"]!.AsArray();
        Assert.NotEmpty(required);
        var targets = foresight["targets"]!.AsArray();
        foreach (var r in required)
        {
            var t = targets.First(t => t!["indicator"]!.GetValue<string>() == r!["indicator"]!.GetValue<string>())!;
            Assert.Equal(t["required"]!["text"]!.GetValue<string>(), r!["required"]!.GetValue<string>());
            Assert.Equal(t["verdict"]!.GetValue<string>(), r["verdict"]!.GetValue<string>());
        }
        // one row per statistic (附件1's annual row preferred when 主要目标 states the same target), and every statistic there
        Assert.Equal(targets.Select(t => (t!["pollutant"]?.GetValue<string>() ?? t["indicator"]!.GetValue<string>(), t["statistic"]!.GetValue<string>())).Distinct().Count(), required.Count);
        Assert.Contains(required, r => r!["pollutant"]?.GetValue<string>() == "PM2.5" && r["statistic"]!.GetValue<string>() == "mean"
            && targets.Any(t => t!["indicator"]!.GetValue<string>() == r["indicator"]!.GetValue<string>() && t["source"]!.GetValue<string>() == "附件1 全年"));
        Assert.All(required, r => Assert.Equal(184, r!["daysLeft"]!.GetValue<int>())); // 1 July to 31 December
        Assert.Equal(evaluate["all"]!["index"]!.GetValue<decimal>(), air["index"]!.GetValue<decimal>());
        Assert.Null(air["previousIndex"]);   // no 2022 data
        Assert.Equal("chengqu-2023-air", air["plan"]!.GetValue<string>());

        // Month by month: PM2.5 is each month's constant, against the plan's monthly target (附件1: 54, 70, 45, 33, 22, 22).
        var months = air["months"]!.AsArray().Where(m => m!["pollutant"]!.GetValue<string>() == "PM2.5").Select(m => m!).ToList();
        Assert.Equal(Pm25.Select(v => (double)v), months.Select(m => m["actual"]!.GetValue<double>()));
        Assert.Equal(new double[] { 54, 70, 45, 33, 22, 22 }, months.Select(m => m["target"]!.GetValue<double>()));
        Assert.Equal("notAchieved", months[5]["status"]!.GetValue<string>());   // June: 27 over 22
        Assert.All(months.Take(5), m => Assert.Equal("achieved", m["status"]!.GetValue<string>()));
        Assert.Equal(3 * 6, air["months"]!.AsArray().Count);   // PM2.5, PM10, O3 for January to June

        // Tasks: the sum of the three plans' ledgers of the day, state by state; the overdue list is the ledgers' overdue tasks.
        var ledgerRows = new List<JsonNode>();
        foreach (var plan in Plans) ledgerRows.AddRange(Ok(await cli.Ledger(null, plan, Day), $"tasks {plan}").AsArray().Select(t => t!));
        var byState = ByState(d);
        Assert.Equal(ledgerRows.Count, d["tasks"]!["total"]!.GetValue<int>());
        Assert.Equal(6, byState.Count);
        foreach (var (state, count) in byState)
            Assert.Equal(ledgerRows.Count(t => t["state"]!.GetValue<string>() == state), count);
        Assert.Equal(ledgerRows.Where(t => t["state"]!.GetValue<string>() == "overdue").Select(t => t["reference"]!.GetValue<string>()).Order(StringComparer.Ordinal), Overdue(d));
        Assert.Contains("chengqu-2023-air/7", Overdue(d));   // due 2023-05-31, nothing reported
        Assert.Equal(ledgerRows.Count, byState.Values.Sum());

        // The same JSON from the web.
        var fromWeb = Ok(await web.Dashboard(null, "140502", Day), "GET /api/dashboard");
        Assert.True(JsonNode.DeepEquals(d, fromWeb), $"cli:\n{d.ToJsonString()}\nweb:\n{fromWeb.ToJsonString()}");
    }

    [Fact]
    public async Task An_accepted_completion_report_moves_exactly_one_task_from_overdue_to_completed()
    {
        foreach (var host in new ISupervisionHost[] { cli, web })
        {
            Ok(await host.AddUser("admin", "office", "plan-office", "140502", null, Password), $"{host.Name}: office");
            Ok(await host.AddUser("admin", "huanjing", "reporter", "140502", "区生态环境分局", Password), $"{host.Name}: reporter");
            var before = Ok(await host.Dashboard("office", null, Day), $"{host.Name}: dashboard before");
            Assert.Equal("140502", before["jurisdiction"]!.GetValue<string>());   // the user's own jurisdiction
            var report = Ok(await host.Submit("huanjing", "chengqu-2023-air/7", "2023-06", "已完成", null, "专项检查已完成。"), $"{host.Name}: submit");
            Ok(await host.Review("office", report["id"]!.GetValue<int>(), "accept", null), $"{host.Name}: accept");
            var after = Ok(await host.Dashboard("office", null, Day), $"{host.Name}: dashboard after");

            var (b, a) = (ByState(before), ByState(after));
            Assert.Equal(b["overdue"] - 1, a["overdue"]);
            Assert.Equal(b["completed"] + 1, a["completed"]);
            foreach (var state in b.Keys.Except(["overdue", "completed"])) Assert.Equal(b[state], a[state]);
            Assert.Equal(Overdue(before).Where(r => r != "chengqu-2023-air/7"), Overdue(after));
            int DepartmentOverdue(JsonNode x) => x["tasks"]!["byDepartment"]!.AsArray().Single(dep => dep!["department"]!.GetValue<string>() == "区生态环境分局")!["overdue"]!.GetValue<int>();
            Assert.Equal(DepartmentOverdue(before) - 1, DepartmentOverdue(after));
        }
    }

    [Fact]
    public async Task A_write_to_the_store_by_any_writer_is_seen_at_the_next_request()
    {
        static decimal Pm25Actual(JsonNode d) =>
            d["air"]!["yearToDate"]!.AsArray().Single(f => f!["pollutant"]!.GetValue<string>() == "PM2.5")!["actual"]!.GetValue<decimal>();
        var before = Ok(await web.Dashboard(null, "140502", Day), "dashboard");
        Assert.Equal(38m, Pm25Actual(before));
        Assert.Equal(before.ToJsonString(), Ok(await web.Dashboard(null, "140502", Day), "dashboard again").ToJsonString());
        // Not through the app's operations: a raw update on the store, as another process or a database tool would make it.
        using (var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(web.Factory.Services))
        {
            var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<EcoGov.Data.EcoGovDbContext>(scope.ServiceProvider);
            var changed = await db.AirStationDays.Where(x => x.Date >= new DateOnly(2023, 6, 1) && x.Date <= new DateOnly(2023, 6, 30))
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.Pm25, 208.0));
            Assert.Equal(60, changed);
        }
        // June now averages 208 instead of 27: (6800 + 30 × 181) / 181 = 67.6 → 68
        Assert.Equal(68m, Pm25Actual(Ok(await web.Dashboard(null, "140502", Day), "dashboard after the write")));
    }

    [Fact]
    public async Task The_ledgers_access_rule_applies()
    {
        Ok(await web.AddUser("admin", "jishan", "leader", "140824", null, Password), "leader of 稷山县");
        Ok(await web.AddUser("admin", "chengqu", "leader", "140502", null, Password), "leader of 城区");
        var refused = await web.Dashboard("jishan", "140502", Day);
        Assert.True(refused.Forbidden, refused.Message);
        var upward = await web.Dashboard("chengqu", "140500", Day);
        Assert.True(upward.Forbidden, upward.Message);
        var own = Ok(await web.Dashboard("chengqu", null, Day), "城区 leader");
        Assert.Equal("城区", own["jurisdictionName"]!.GetValue<string>());
        Assert.Null(own["parent"]);   // 晋城市 is not the leader's to read
        var city = Ok(await web.Dashboard(null, null, null), "administrator");
        Assert.Equal("140500", city["jurisdiction"]!.GetValue<string>());   // the highest jurisdiction with a plan
        Assert.Equal("2023-06-30", city["asOf"]!.GetValue<string>());      // the last day of stored data
        Assert.Equal("latestData", city["asOfBasis"]!.GetValue<string>());
        Assert.Equal(["140502", "140521", "140522", "140524", "140525", "140581"], city["subJurisdictions"]!.AsArray().Select(j => j!["code"]!.GetValue<string>()));
    }
}

/// <summary>
/// 示意数据: the demonstration air data run.sh stores are told apart from imported data by their stations' code prefix,
/// stored once (a second call stores nothing), skipped for a jurisdiction with imported data, and flagged on the dashboard.
/// </summary>
public sealed class DemoDataTests : IAsyncLifetime
{
    private readonly WebSupervisionHost web = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await web.DisposeAsync();

    [Fact]
    public async Task Demo_data_are_stored_once_labelled_and_flagged()
    {
        // 泽州县 has imported data: its demo station is skipped.
        var file = Path.Combine(Path.GetTempPath(), "ecogov-zezhou-" + Guid.NewGuid().ToString("N") + ".csv");
        await File.WriteAllTextAsync(file, "station,time,SO2,NO2,CO,O3,PM10,PM2.5\n泽州站,2023-01-01 00:00,5,15,0.5,60,40,30\n");
        try { await web.ImportAir(file, "140525"); }
        finally { File.Delete(file); }
        using (var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(web.Factory.Services))
        {
            var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<EcoGov.Data.EcoGovDbContext>(scope.ServiceProvider);
            var first = Dashboard.DemoMonitoringData.Ensure(db);
            var hours = (Dashboard.DemoMonitoringData.To.DayNumber - Dashboard.DemoMonitoringData.From.DayNumber + 1) * 24;
            Assert.Equal(["DEMO-140502-A", "DEMO-140502-B", "DEMO-140525-A"], first.Stations.Select(s => s.Code));
            Assert.All(first.Stations.Take(2), s => Assert.Equal((hours, 0, (string?)null), (s.Stored, s.Unchanged, s.Skipped)));
            Assert.Equal((0, 0), (first.Stations[2].Stored, first.Stations[2].Unchanged));
            Assert.Contains("已有导入的监测数据", first.Stations[2].Skipped);
            var second = Dashboard.DemoMonitoringData.Ensure(db);
            Assert.All(second.Stations.Take(2), s => Assert.Equal((0, hours), (s.Stored, s.Unchanged)));
            Assert.All(db.MonitoringStations.Where(s => s.JurisdictionCode == "140502").ToList(), s => Assert.True(Dashboard.DemoMonitoringData.IsDemoStation(s.Code) && s.Name.StartsWith("示意", StringComparison.Ordinal)));
            // Deterministic: the same hours on every call.
            Assert.Equal(Dashboard.DemoMonitoringData.Hours(1.0, 7), Dashboard.DemoMonitoringData.Hours(1.0, 7));
        }
        var d = (await web.Dashboard(null, "140502", null)).Json!;
        Assert.True(d["demoData"]!.GetValue<bool>());
        Assert.Equal("2023-09-30", d["asOf"]!.GetValue<string>());
        Assert.Contains(d["notes"]!.AsArray(), n => n!.GetValue<string>().StartsWith("示意数据", StringComparison.Ordinal));
        Assert.NotNull(d["air"]!["previousIndex"]);   // 2022 is generated too, for the year-on-year figures
    }
}
