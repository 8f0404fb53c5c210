using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcoGov.Application.Monitoring;
using EcoGov.Cli.Tests;
using EcoGov.Core.Monitoring;
using EcoGov.Data;
using EcoGov.Data.Monitoring;
using EcoGov.Web.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace EcoGov.Application.Tests;

/// <summary>
/// The web app and the CLI (each its own SQLite file) with the same generated half-year of hourly data for two 城区
/// (140502) stations, 2023-01-01 to 2023-06-30: PM2.5 varies by hour and station around a base per month (±3 by hour,
/// ±2 by station, so each city daily value is the month's base), O3 varies by day; and the whole of 2022 for the same
/// stations, PM2.5 base 30 and O3 100 every day, as the one past year the projection can use.
/// </summary>
public sealed class HalfYearAirHosts : IAsyncLifetime
{
    /// <summary>PM2.5 base by month (μg/m³): 6800 μg/m³·days over the 181 days (mean 37.6, published 38).</summary>
    public static readonly int[] Pm25 = [50, 60, 40, 30, 20, 27];

    /// <summary>PM2.5 of every day of 2022 (μg/m³).</summary>
    public const int PastPm25 = 30;

    public EcoGovFactory Web { get; } = new();
    public CliRunner Cli { get; } = new();
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var csv = new StringBuilder("station,time,SO2,NO2,CO,O3,PM10,PM2.5\n");
        foreach (var (station, offset) in new[] { ("城区甲站", 2), ("城区乙站", -2) })
            for (var t = new DateTime(2023, 1, 1); t < new DateTime(2023, 7, 1); t = t.AddHours(1))
                csv.Append(CultureInfo.InvariantCulture,
                    $"{station},{t:yyyy-MM-dd HH:mm},5,15,0.5,{60 + t.Day % 7 * 20},40,{Pm25[t.Month - 1] + offset + (t.Hour % 2 == 0 ? 3 : -3)}\n");
        foreach (var (station, offset) in new[] { ("城区甲站", 2), ("城区乙站", -2) })
            for (var t = new DateTime(2022, 1, 1); t < new DateTime(2023, 1, 1); t = t.AddHours(1))
                csv.Append(CultureInfo.InvariantCulture,
                    $"{station},{t:yyyy-MM-dd HH:mm},5,15,0.5,100,40,{PastPm25 + offset + (t.Hour % 2 == 0 ? 3 : -3)}\n");
        await HostImports.IntoBoth(Web, Cli, csv.ToString(), MonitoringDataKind.AirHourly, "140502");
        Client = await Web.SignedInClient();
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        await Web.DisposeAsync();
        Cli.Dispose();
    }
}

/// <summary>Issue 14 item 1 (air) through both hosts, and its "done when" for 城区's 2023 air plan on 2023-06-30.</summary>
public sealed class ForesightTests(HalfYearAirHosts hosts) : IClassFixture<HalfYearAirHosts>
{
    private const string Plan = "chengqu-2023-air";

    private JsonNode CliJson(params string[] args)
    {
        var (exit, stdout, stderr) = hosts.Cli.Run([.. args, "--json"]);
        Assert.True(exit == 0, stderr);
        return JsonNode.Parse(stdout)!;
    }

    [Fact]
    public async Task The_CLI_and_the_web_give_the_same_json()
    {
        var web = JsonNode.Parse(await hosts.Client.GetStringAsync($"/api/plans/{Plan}/foresight?asOf=2023-06-30"))!;
        var cli = CliJson("foresight", "--plan", Plan, "--as-of", "2023-06-30");
        Assert.True(JsonNode.DeepEquals(web, cli), $"web:\n{web.ToJsonString()}\ncli:\n{cli.ToJsonString()}");
        Assert.Equal((181, 184, 365, 2), (cli["daysSoFar"]!.GetValue<int>(), cli["daysLeft"]!.GetValue<int>(), cli["daysInYear"]!.GetValue<int>(), cli["stations"]!.GetValue<int>()));
        var targets = cli["targets"]!.AsArray().Select(t => t!).ToList();
        // 附件1's six 全年 rows and the plan's six stated concentration indicators (排名 and 约束性指标 are no air statistics).
        Assert.Equal(6, targets.Count(t => t["source"]!.GetValue<string>() == "附件1 全年"));
        Assert.Equal(6, targets.Count(t => t["source"]!.GetValue<string>().StartsWith("主要目标", StringComparison.Ordinal)));
        Assert.Contains("2022", cli["projection"]!.GetValue<string>());
        Assert.Equal([2022], cli["pastYears"]!.AsArray().Select(y => y!.GetValue<int>()));
        Assert.All(targets, t => Assert.Equal("pastYears", t["projection"]!["basis"]!.GetValue<string>()));
    }

    [Fact]
    public void The_projection_completes_the_year_with_2022_and_states_its_basis()
    {
        var report = CliJson("foresight", "--plan", Plan, "--as-of", "2023-06-30");
        var pm25 = report["targets"]!.AsArray().Select(t => t!)
            .Single(t => t["source"]!.GetValue<string>() == "附件1 全年" && t["pollutant"]!.GetValue<string>() == "PM2.5");
        var p = pm25["projection"]!;
        // 2022 brought to this year's level: the first half so far averages 6800/181 = 37.57 against 2022's 30, weighted by
        // w = 181/(181 + 60): factor (37.57/30)^0.751 = 1.1841, so 2022's second half counts as 35.52;
        // (6800 + 184 × 35.523)/365 = 36.54 → 37, over the target 36. One past year: no interval.
        Assert.Equal(37.0, p["value"]!.GetValue<double>());
        Assert.Null(p["low"]);
        Assert.Null(p["high"]);
        Assert.Equal(0.0, p["pMeet"]!.GetValue<double>());
        Assert.Equal(("pastYears", 1), (p["basis"]!.GetValue<string>(), p["years"]!.GetValue<int>()));
        // (c) the pace so far: the first half's published mean 38.
        Assert.Equal(38.0, p["atCurrentPace"]!.GetValue<double>());
        // (b) July … December at 附件1's monthly targets 21, 22, 31, 36, 41, 39: (6800 + 5818)/365 = 34.57 → 35.
        Assert.Equal(35.0, p["byMonthlyTargets"]!.GetValue<double>());
        Assert.Equal("at risk", pm25["verdict"]!.GetValue<string>());
        Assert.Contains("接 2022 年（PM2.5 × (37.6/30)^0.75 = 1.184） → 37（不达标）", p["arithmetic"]!.GetValue<string>());
    }

    [Fact]
    public void Done_when_the_required_second_half_PM25_mean_is_the_hand_calculation_from_air_evaluate()
    {
        // Hand calculation from `air evaluate --from-store` of the first half, month by month (each month's daily values are
        // equal, so its published mean is its exact mean): the sum of the daily values and the days so far.
        decimal sum = 0;
        int daysSoFar = 0;
        for (int m = 1; m <= 6; m++)
        {
            var first = new DateOnly(2023, m, 1);
            var month = CliJson("air", "evaluate", "--from-store", "--jurisdiction", "140502", "--standard", "GB3095-2012",
                "--from", first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "--to", first.AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))["all"]!;
            int days = month["days"]!.GetValue<int>();
            Assert.Equal(days, month["validDays"]!.GetValue<int>());
            sum += month["means"]!["PM2.5"]!.GetValue<decimal>() * days;
            daysSoFar += days;
        }
        var half = CliJson("air", "evaluate", "--from-store", "--jurisdiction", "140502", "--standard", "GB3095-2012", "--from", "2023-01-01", "--to", "2023-06-30")["all"]!;
        Assert.Equal(Math.Round(sum / daysSoFar, 0, MidpointRounding.ToEven), half["means"]!["PM2.5"]!.GetValue<decimal>());
        Assert.Equal((6800m, 181), (sum, daysSoFar));

        // Target ≤ 36 published as an integer (GB/T 8170, half to even): the annual mean may reach 36.5 (36 is even).
        const decimal upperBound = 36.5m;
        int totalDays = 365, daysLeft = totalDays - daysSoFar;
        decimal required = (upperBound * totalDays - sum / daysSoFar * daysSoFar) / daysLeft;   // 6522.5/184 = 35.4484…

        var report = CliJson("foresight", "--plan", Plan, "--as-of", "2023-06-30");
        var pm25 = report["targets"]!.AsArray().Select(t => t!)
            .Single(t => t["source"]!.GetValue<string>() == "附件1 全年" && t["pollutant"]!.GetValue<string>() == "PM2.5");
        Assert.Equal(36, pm25["target"]!.GetValue<double>());
        Assert.Equal(38, pm25["soFar"]!.GetValue<double>());
        Assert.Equal(181, pm25["validDays"]!.GetValue<int>());
        var r = pm25["required"]!;
        Assert.Equal("meanOfRemainingDays", r["kind"]!.GetValue<string>());
        Assert.True(r["inclusive"]!.GetValue<bool>());
        Assert.Equal((double)Math.Round(required, 4, MidpointRounding.ToEven), r["bound"]!.GetValue<double>());
        Assert.Equal((double)(Math.Floor(required * 10) / 10), r["value"]!.GetValue<double>());
        Assert.Equal(35.4, r["value"]!.GetValue<double>());
        Assert.Equal("possible", pm25["status"]!.GetValue<string>());
        Assert.Equal("剩余 184 天 PM2.5 平均浓度需控制在 35.4 微克/立方米以下", r["text"]!.GetValue<string>());
        Assert.Contains("x ≤ (36.5 × 365 − 6800.0)/184 = 35.4484", r["arithmetic"]!.GetValue<string>());
        // Month by month in the proportions of 附件1's monthly targets for July … December (21, 22, 31, 36, 41, 39):
        // k = 6522.5/5818 = 1.1211, so July may reach 21 × 1.1211 = 23.54 → 23.5, … December 39 × 1.1211 = 43.72 → 43.7.
        var split = r["byMonth"]!;
        Assert.Equal(1.1211, split["factor"]!.GetValue<double>());
        Assert.Equal([23.5, 24.6, 34.7, 40.3, 45.9, 43.7], split["months"]!.AsArray().Select(m => m!["value"]!.GetValue<double>()));
        Assert.Equal([31, 31, 30, 31, 30, 31], split["months"]!.AsArray().Select(m => m!["days"]!.GetValue<int>()));
        Assert.Equal("按规划月度目标比例分解：7月 ≤ 23.5，8月 ≤ 24.6，9月 ≤ 34.7，10月 ≤ 40.3，11月 ≤ 45.9，12月 ≤ 43.7（为月度目标的 112.1%，达到月度目标即可）"
            + "/ Split in the proportions of the plan's monthly targets: month 7 ≤ 23.5, month 8 ≤ 24.6, month 9 ≤ 34.7, month 10 ≤ 40.3, month 11 ≤ 45.9, "
            + "month 12 ≤ 43.7 (112.1% of the monthly targets: meeting them suffices)", split["text"]!.GetValue<string>());
        // Every remaining day was valid so far, so the variant at the current valid-day ratio is the same figure.
        Assert.Equal(184, pm25["atCurrentValidity"]!["validDaysLeft"]!.GetValue<int>());
        Assert.Equal(35.4, pm25["atCurrentValidity"]!["value"]!.GetValue<double>());
    }

    [Fact]
    public void Percentile_targets_count_the_exceedances_so_far()
    {
        // O3: day of month % 7 = 6 gives 60 + 120 = 180 on 8h windows, above 178 — the 6th, 13th, 20th, 27th of each month.
        var report = CliJson("foresight", "--plan", Plan, "--as-of", "2023-06-30");
        var o3 = report["targets"]!.AsArray().Select(t => t!).Single(t => t["source"]!.GetValue<string>() == "附件1 全年" && t["pollutant"]!.GetValue<string>() == "O3");
        Assert.Equal("p90", o3["statistic"]!.GetValue<string>());
        // N = 365: k = 328.6, s = 328, must exceed from 38 exceedances; 24 so far → 13 more may come.
        Assert.Equal(13, o3["required"]!["value"]!.GetValue<int>());
        Assert.Equal(12, o3["required"]!["safe"]!.GetValue<int>());
        Assert.Contains("24 天", o3["required"]!["arithmetic"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_page_shows_the_same_figures_and_the_same_refusals()
    {
        var page = await hosts.Client.GetStringAsync($"/Foresight?Plan={Plan}&AsOf=2023-06-30");
        Assert.Contains("剩余 184 天 PM2.5 平均浓度需控制在 35.4 微克/立方米以下", page);
        Assert.Contains("依据：往年同期 1 年", page);
        Assert.Contains("有望完成", page);

        var bad = await hosts.Client.GetAsync($"/Foresight?Plan={Plan}&AsOf=2023-02-30");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var api = await hosts.Client.GetAsync($"/api/plans/{Plan}/foresight?asOf=2023-02-30");
        var detail = JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;
        Assert.StartsWith("倒排日期：", detail);
        var shown = await bad.Content.ReadAsStringAsync();
        Assert.Contains("id=\"foresight-error\"", shown);
        Assert.Contains("倒排日期：", shown);
        Assert.DoesNotContain("id=\"foresight\"", shown);
        Assert.Equal(HttpStatusCode.NotFound, (await hosts.Client.GetAsync("/Foresight?Plan=no-such-plan&AsOf=2023-06-30")).StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_refused_by_both_hosts()
    {
        var (exit, _, stderr) = hosts.Cli.Run("foresight", "--plan", Plan, "--json");
        Assert.Equal(2, exit);
        Assert.StartsWith("--as-of:", stderr);
        (exit, _, stderr) = hosts.Cli.Run("foresight", "--plan", Plan, "--as-of", "2023-02-30", "--json");
        Assert.Equal(2, exit);
        Assert.StartsWith("--as-of:", stderr);
        (exit, _, stderr) = hosts.Cli.Run("foresight", "--plan", "no-such-plan", "--as-of", "2023-06-30", "--json");
        Assert.Equal(2, exit);
        Assert.StartsWith("--plan:", stderr);
        (exit, _, stderr) = hosts.Cli.Run("foresight", "--plan", Plan, "--as-of", "2030-06-30", "--json");
        Assert.Equal(2, exit);
        Assert.StartsWith("--as-of:", stderr);

        var missing = await hosts.Client.GetAsync($"/api/plans/{Plan}/foresight");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("asOf", JsonDocument.Parse(await missing.Content.ReadAsStringAsync()).RootElement.GetProperty("field").GetString());
        var unknown = await hosts.Client.GetAsync("/api/plans/no-such-plan/foresight?asOf=2023-06-30");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
