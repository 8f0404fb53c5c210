using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using EcoGov.Core.Monitoring;

namespace EcoGov.Application.Tests;

/// <summary>
/// 驾驶舱 (issue 13): the dashboard is a composition of the operations that own its figures, so on a seeded store with
/// constructed data each figure equals what `air evaluate`, `progress` and `tasks` give, a report accepted moves exactly
/// one task between states, both hosts print the same JSON, and the ledger's access rule applies.
/// </summary>
public sealed class DashboardTests : SupervisionHostPair
{
    private const string Day = "2023-06-30";
    private const string Password = "Dashboard-Check-2023!";
    /// <summary>PM2.5 by month (μg/m³), constant within each month: the year so far is 6800 / 181 days = 37.6 → 38.</summary>
    private static readonly int[] Pm25 = [50, 60, 40, 30, 20, 27];
    private static readonly string[] Plans = ["chengqu-2023-air", "chengqu-2023-soil", "chengqu-2023-water"];


    public override async Task InitializeAsync()
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
            var first = await Dashboard.DemoMonitoringData.EnsureAsync(db);
            var hours = (Dashboard.DemoMonitoringData.To.DayNumber - Dashboard.DemoMonitoringData.From.DayNumber + 1) * 24;
            Assert.Equal(["DEMO-140502-A", "DEMO-140502-B", "DEMO-140525-A"], first.Stations.Select(s => s.Code));
            Assert.All(first.Stations.Take(2), s => Assert.Equal((hours, 0, (string?)null), (s.Stored, s.Unchanged, s.Skipped)));
            Assert.Equal((0, 0), (first.Stations[2].Stored, first.Stations[2].Unchanged));
            Assert.Contains("已有导入的监测数据", first.Stations[2].Skipped);
            var second = await Dashboard.DemoMonitoringData.EnsureAsync(db);
            Assert.All(second.Stations.Take(2), s => Assert.Equal((0, hours), (s.Stored, s.Unchanged)));
            Assert.All(db.MonitoringStations.Where(s => s.JurisdictionCode == "140502").ToList(), s => Assert.True(Dashboard.DemoMonitoringData.IsDemoStation(s.Code) && s.Name.StartsWith("示意", StringComparison.Ordinal)));
            // Deterministic: the same hours on every call.
            Assert.Equal(Dashboard.DemoMonitoringData.Hours(1.0, 7), Dashboard.DemoMonitoringData.Hours(1.0, 7));
            // Water: one sample a month, January to September 2023, for the 城区 water plan's three sections; stored once.
            Assert.Equal(["DEMO-140502-白水河", "DEMO-140502-洞头", "DEMO-140502-金匠桥"], first.Sections.Select(s => s.Code));
            Assert.All(first.Sections, s => Assert.Equal((9, 0, (string?)null), (s.Stored, s.Unchanged, s.Skipped)));
            Assert.All(second.Sections, s => Assert.Equal((0, 9), (s.Stored, s.Unchanged)));
        }
        var d = (await web.Dashboard(null, "140502", null)).Json!;
        Assert.True(d["demoData"]!.GetValue<bool>());
        Assert.Equal("2023-09-30", d["asOf"]!.GetValue<string>());
        Assert.Contains(d["notes"]!.AsArray(), n => n!.GetValue<string>().StartsWith("示意数据", StringComparison.Ordinal));
        Assert.NotNull(d["air"]!["previousIndex"]);   // 2022 is generated too, for the year-on-year figures
        // The demo water samples fill the grid with the classes they were generated in (DemoMonitoringData.SectionClasses).
        var water = d["water"]!.AsArray().Single()!;
        Assert.True(water["demo"]!.GetValue<bool>());
        Assert.Contains(d["notes"]!.AsArray(), n => n!.GetValue<string>() == Dashboard.DemoMonitoringData.WaterNotice);
        var sections = water["sections"]!.AsArray().Select(s => s!).ToList();
        string[] roman = ["I", "II", "III", "IV", "V", "劣V"];
        foreach (var (code, name, _, _, classes) in Dashboard.DemoMonitoringData.SectionClasses)
        {
            var s = sections.Single(x => x["section"]!.GetValue<string>() == name);
            Assert.Equal(code, s["matchedSection"]!.GetValue<string>());
            Assert.Equal([.. classes.Select(c => roman[c - 1]), null, null, null], s["months"]!.AsArray().Select(m => m!["class"]?.GetValue<string>()));
        }
        Assert.Equal("red", sections[0]["months"]![7]!["light"]!.GetValue<string>());   // 白水河 Ⅳ in August against its Ⅲ
    }
}

/// <summary>
/// 驾驶舱, issue 13 item 1's water grid and map: on constructed data the grid is the water plan's `progress` month by month
/// (classes per GB 3838 as the progress report gives them, lit by meeting the target), and each county's figures are
/// `air evaluate --jurisdiction` of its stations and the ledgers of its plans; both hosts print the same JSON.
/// </summary>
public sealed class DashboardWaterAndMapTests : SupervisionHostPair
{
    private const string Day = "2023-06-30";

    public override async Task InitializeAsync()
    {
        // 白水河: Ⅱ-class water January to June; 洞头: Ⅲ January to April, 劣Ⅴ in May and June; 金匠桥: no sample.
        var water = new StringBuilder("id,type,section,date,pH,DO,CODMn,COD,BOD5,NH3N,TP\n");
        for (var m = 1; m <= 6; m++)
        {
            water.Append(CultureInfo.InvariantCulture, $"bs{m},river,白水河,2023-{m:00}-10,7.5,7,3,12,2,0.3,0.05\n");
            if (m <= 4) water.Append(CultureInfo.InvariantCulture, $"dt{m},river,洞头,2023-{m:00}-12,7.4,6,5,18,3.5,0.8,0.15\n");
            else water.Append(CultureInfo.InvariantCulture, $"dt{m},river,洞头,2023-{m:00}-12,7.4,3,10,35,8,2.5,0.5\n");
        }
        // Air: 城区 PM2.5 40 μg/m³ throughout, 泽州县 30; the other counties have no station.
        var air = new StringBuilder("station,time,SO2,NO2,CO,O3,PM10,PM2.5\n");
        for (var t = new DateTime(2023, 1, 1); t < new DateTime(2023, 7, 1); t = t.AddHours(1))
            air.Append(CultureInfo.InvariantCulture, $"城区站,{t:yyyy-MM-dd HH:mm},5,15,0.5,60,40,40\n");
        var zezhou = new StringBuilder("station,time,SO2,NO2,CO,O3,PM10,PM2.5\n");
        for (var t = new DateTime(2023, 1, 1); t < new DateTime(2023, 7, 1); t = t.AddHours(1))
            zezhou.Append(CultureInfo.InvariantCulture, $"泽州站,{t:yyyy-MM-dd HH:mm},5,15,0.5,60,40,30\n");
        var dir = Path.Combine(Path.GetTempPath(), "ecogov-dashmap-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var (waterFile, airFile, zezhouFile) = (Path.Combine(dir, "water.csv"), Path.Combine(dir, "air.csv"), Path.Combine(dir, "zezhou.csv"));
            await File.WriteAllTextAsync(waterFile, water.ToString());
            await File.WriteAllTextAsync(airFile, air.ToString());
            await File.WriteAllTextAsync(zezhouFile, zezhou.ToString());
            foreach (var host in new ISupervisionHost[] { cli, web })
            {
                await host.ImportAir(airFile, "140502");
                await host.ImportAir(zezhouFile, "140525");
            }
            Assert.True((await cli.Command("monitoring", "import", waterFile, "--kind", "water-samples", "--jurisdiction", "140502")).Ok);
            using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(web.Factory.Services);
            var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<EcoGov.Data.EcoGovDbContext>(scope.ServiceProvider);
            Assert.Empty((await new Monitoring.MonitoringImportService(db).ImportAsync(new Monitoring.MonitoringImportRequest(waterFile, EcoGov.Core.Monitoring.MonitoringDataKind.WaterSamples, "140502"))).Rejected);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }


    private static List<string?> Classes(JsonNode section) => [.. section["months"]!.AsArray().Select(m => m!["class"]?.GetValue<string>())];

    private static List<string> Lights(JsonNode section) => [.. section["months"]!.AsArray().Select(m => m!["light"]!.GetValue<string>())];

    [Fact]
    public async Task The_water_grid_is_the_progress_report_month_by_month_and_the_counties_carry_their_own_figures()
    {
        var d = Ok(await cli.Dashboard(null, "140500", Day), "dashboard 140500");

        // Water: the 城区 2023 water plan (in force, below 晋城市), its three sections, twelve months each.
        var plan = d["water"]!.AsArray().Single()!;
        Assert.Equal("chengqu-2023-water", plan["plan"]!.GetValue<string>());
        Assert.Equal(12, plan["samples"]!.GetValue<int>());
        Assert.False(plan["demo"]!.GetValue<bool>());
        var sections = plan["sections"]!.AsArray().ToDictionary(s => s!["section"]!.GetValue<string>(), s => s!);
        Assert.Equal(["白水河", "洞头", "金匠桥"], sections.Keys);
        string?[] none = [null, null, null, null, null, null];
        Assert.Equal(["II", "II", "II", "II", "II", "II", .. none], Classes(sections["白水河"]));
        Assert.Equal(["green", "green", "green", "green", "green", "green", "grey", "grey", "grey", "grey", "grey", "grey"], Lights(sections["白水河"]));
        Assert.Equal("III", sections["白水河"]["targetClass"]!.GetValue<string>());   // 省考 → the plan's 主要目标: Ⅲ类
        Assert.Equal("II", sections["白水河"]["yearToDateClass"]!.GetValue<string>());
        Assert.Equal(["III", "III", "III", "III", "劣V", "劣V", .. none], Classes(sections["洞头"]));
        Assert.Equal(["green", "green", "green", "green", "red", "red", "grey", "grey", "grey", "grey", "grey", "grey"], Lights(sections["洞头"]));
        Assert.Equal("V", sections["洞头"]["targetClass"]!.GetValue<string>());
        Assert.Equal("IV", sections["洞头"]["yearToDateClass"]!.GetValue<string>());   // the half year's means: NH3N 1.37, TP 0.27 → Ⅳ
        Assert.Equal(0, sections["金匠桥"]["samples"]!.GetValue<int>());
        Assert.All(Lights(sections["金匠桥"]), l => Assert.Equal("grey", l));
        // ... which is what `progress` gives for the plan, month by month
        var progress = Ok(await cli.Command("progress", "--plan", "chengqu-2023-water", "--from-store", "--year", "2023", "--as-of", Day), "progress");
        foreach (var t in progress["targets"]!.AsArray())
        {
            var s = sections[t!["section"]!.GetValue<string>()];
            Assert.Equal(t["months"]!.AsArray().Select(m => m!["class"]?.GetValue<string>()), Classes(s));
            Assert.Equal(t["months"]!.AsArray().Select(m => m!["meets"]?.GetValue<bool>()), s["months"]!.AsArray().Select(m => m!["meets"]?.GetValue<bool>()));
            Assert.Equal(t["yearToDateClass"]?.GetValue<string>(), s["yearToDateClass"]?.GetValue<string>());
            Assert.Equal(t["status"]!.GetValue<string>(), s["status"]!.GetValue<string>());
        }

        // Map: the six counties; air from the stations in each (as `air evaluate --jurisdiction` gives it), tasks from its plans.
        var map = d["map"]!;
        Assert.Equal("sub", map["level"]!.GetValue<string>());
        Assert.Equal(["pm25", "goodRatio", "index", "overdue"], map["figures"]!.AsArray().Select(f => f!["key"]!.GetValue<string>()));
        var areas = map["areas"]!.AsArray().ToDictionary(a => a!["code"]!.GetValue<string>(), a => a!);
        Assert.Equal(["140502", "140521", "140522", "140524", "140525", "140581"], areas.Keys);
        Assert.All(areas.Values, a => Assert.True(a["hasBoundary"]!.GetValue<bool>()));
        Assert.Equal(40m, areas["140502"]["pm25"]!.GetValue<decimal>());
        Assert.Equal(30m, areas["140525"]["pm25"]!.GetValue<decimal>());
        Assert.Equal(1m, areas["140525"]["goodRatio"]!.GetValue<decimal>());
        var zezhou = Ok(await cli.Command("air", "evaluate", "--from-store", "--jurisdiction", "140525", "--standard", "GB3095-2012", "--from", "2023-01-01", "--to", Day), "air evaluate 140525");
        Assert.Equal(zezhou["all"]!["index"]!.GetValue<decimal>(), areas["140525"]["index"]!.GetValue<decimal>());
        Assert.Equal(["泽州站"], areas["140525"]["stations"]!.AsArray().Select(s => s!.GetValue<string>()));
        foreach (var code in new[] { "140521", "140522", "140524", "140581" })
            Assert.True(areas[code]["pm25"] is null && areas[code]["goodRatio"] is null && areas[code]["overdue"] is null, $"{code} has no data");
        // 城区's tasks: its three plans' ledgers of the day; 泽州县 has no plan, so no task figure (无数据), not 0
        var chengqu = Ok(await cli.Dashboard(null, "140502", Day), "dashboard 140502");
        var byState = chengqu["tasks"]!["byState"]!.AsArray().ToDictionary(c => c!["state"]!.GetValue<string>(), c => c!["count"]!.GetValue<int>());
        Assert.Equal(byState["overdue"], areas["140502"]["overdue"]!.GetValue<int>());
        Assert.True(byState["overdue"] > 0);
        Assert.Equal(chengqu["tasks"]!["total"]!.GetValue<int>(), areas["140502"]["tasks"]!.GetValue<int>());
        Assert.Null(areas["140525"]["overdue"]);
        // a district without districts below: the map shows itself
        Assert.Equal("self", chengqu["map"]!["level"]!.GetValue<string>());
        Assert.Equal(["140502"], chengqu["map"]!["areas"]!.AsArray().Select(a => a!["code"]!.GetValue<string>()));

        // The same JSON from the web.
        var fromWeb = Ok(await web.Dashboard(null, "140500", Day), "GET /api/dashboard");
        Assert.True(JsonNode.DeepEquals(d, fromWeb), $"cli:\n{d.ToJsonString()}\nweb:\n{fromWeb.ToJsonString()}");
    }

    [Fact]
    public async Task Without_water_samples_the_dashboard_says_so()
    {
        var d = Ok(await web.Dashboard(null, "140502", "2023-06-30"), "dashboard");
        Assert.Equal(12, d["water"]!.AsArray().Single()!["samples"]!.GetValue<int>());
        // a year without samples: the 2023 plan is not in force in 2024, so ask for a day in 2023 before any sample
        var early = Ok(await web.Dashboard(null, "140502", "2023-01-05"), "dashboard early");
        Assert.Equal(0, early["water"]!.AsArray().Single()!["samples"]!.GetValue<int>());
        Assert.Contains(early["notes"]!.AsArray(), n => n!.GetValue<string>().StartsWith("暂无断面监测数据", StringComparison.Ordinal));
        var text = await cli.Text("dashboard", "--jurisdiction", "140502", "--as-of", "2023-01-05");
        Assert.Contains("暂无断面监测数据", text);
    }
}

/// <summary>The CLI and the web supervision hosts of a test class, each on its own store, disposed together.</summary>
public abstract class SupervisionHostPair : IAsyncLifetime
{
    protected readonly CliSupervisionHost cli = new();
    protected readonly WebSupervisionHost web = new();

    public abstract Task InitializeAsync();

    public async Task DisposeAsync()
    {
        cli.Dispose();
        await web.DisposeAsync();
    }

    /// <summary>The JSON of an operation that must have succeeded.</summary>
    protected static JsonNode Ok(Outcome o, string what)
    {
        Assert.True(o.Ok, $"{what}: {o.Message}");
        return o.Json!;
    }
}
