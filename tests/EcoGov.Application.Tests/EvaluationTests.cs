using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using EcoGov.Application.Evaluation;
using EcoGov.Application.Monitoring;
using EcoGov.Cli.Tests;
using EcoGov.Core.Monitoring;
using EcoGov.Data;
using EcoGov.Data.Monitoring;
using EcoGov.Web.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EcoGov.Application.Tests;

/// <summary>
/// Issue 10's second "done when": the indicator evaluation of 城区's 2023 air plan computes every air indicator from a
/// generated year of hourly data for 城区's stations, imported into both hosts, and agrees with `air evaluate` for the
/// same jurisdiction and period; the same JSON from the CLI and the API; references resolved from 晋城市's plan or
/// shown unresolved with the reason; entered actuals with the audit trail; the files read back.
/// </summary>
public sealed class EvaluationTests(EvaluationTests.YearOfData hosts) : IClassFixture<EvaluationTests.YearOfData>
{
    private const string Plan = "chengqu-2023-air";

    private JsonNode Cli(params string[] args)
    {
        var (exit, stdout, stderr) = hosts.Cli.Run([.. args, "--json"]);
        Assert.True(exit == 0, stderr);
        return JsonNode.Parse(stdout)!;
    }

    private async Task<JsonNode> Web(string path)
    {
        var r = await hosts.Client.GetAsync(path);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.IsSuccessStatusCode, text);
        return JsonNode.Parse(text)!;
    }

    private static JsonNode Row(JsonNode report, int seq) => report["rows"]!.AsArray().Single(r => r!["seq"]!.GetValue<int>() == seq)!;

    [Fact]
    public void Every_air_indicator_is_computed_from_the_store_and_equals_air_evaluate()
    {
        var evaluation = Cli("evaluate", "--plan", Plan, "--year", "2023", "--as-of", "2023-12-31");
        var air = Cli("air", "evaluate", "--from-store", "--jurisdiction", "140502", "--from", "2023-01-01", "--to", "2023-12-31", "--standard", "GB3095-2012")["all"]!;
        var expected = new Dictionary<int, decimal>
        {
            [1] = air["means"]!["PM2.5"]!.GetValue<decimal>(),
            [2] = air["means"]!["PM10"]!.GetValue<decimal>(),
            [3] = air["o3P90"]!.GetValue<decimal>(),
            [4] = air["means"]!["SO2"]!.GetValue<decimal>(),
            [5] = air["means"]!["NO2"]!.GetValue<decimal>(),
            [6] = air["coP95"]!.GetValue<decimal>(),
        };
        var airRows = evaluation["rows"]!.AsArray().Where(r => AirFigures.Of(r!["name"]!.GetValue<string>()) is not null).ToList();
        Assert.Equal(expected.Keys.Order(), airRows.Select(r => r!["seq"]!.GetValue<int>()).Order());
        foreach (var (seq, value) in expected)
        {
            var row = Row(evaluation, seq);
            Assert.Equal("computed", row["actualSource"]!.GetValue<string>());
            Assert.Equal(value, row["actual"]!.GetValue<decimal>());
            Assert.Contains(value.ToString(CultureInfo.InvariantCulture), row["arithmetic"]!.GetValue<string>());
            var status = row["status"]!.GetValue<string>();
            var target = row["targetValue"]!.GetValue<decimal>();
            Assert.Equal(value <= target ? "achieved" : "notAchieved", status);
        }
        Assert.True(evaluation["yearOver"]!.GetValue<bool>());
        // The 168-city ranking is not a figure the engines compute: left to an entered value.
        Assert.Equal("none", Row(evaluation, 7)["actualSource"]!.GetValue<string>());

        // 晋城市's 优良天数比率 (001 row 2) from the stations of the city and below it: air evaluate's good-day ratio, in %.
        var city = Row(Cli("evaluate", "--plan", "jincheng-14fyp-eco", "--year", "2023", "--as-of", "2023-12-31"), 2);
        var cityAir = Cli("air", "evaluate", "--from-store", "--jurisdiction", "140500", "--from", "2023-01-01", "--to", "2023-12-31", "--standard", "GB3095-2012")["all"]!;
        Assert.Equal("computed", city["actualSource"]!.GetValue<string>());
        Assert.Equal(cityAir["goodRatio"]!.GetValue<decimal>() * 100, city["actual"]!.GetValue<decimal>());
    }

    [Fact]
    public void Mid_year_air_indicators_equal_air_evaluate_up_to_the_day_and_say_on_track_or_lagging()
    {
        var evaluation = Cli("evaluate", "--plan", Plan, "--year", "2023", "--as-of", "2023-06-30");
        var air = Cli("air", "evaluate", "--from-store", "--jurisdiction", "140502", "--from", "2023-01-01", "--to", "2023-06-30", "--standard", "GB3095-2012")["all"]!;
        Assert.Equal(air["means"]!["PM2.5"]!.GetValue<decimal>(), Row(evaluation, 1)["actual"]!.GetValue<decimal>());
        Assert.Equal(air["o3P90"]!.GetValue<decimal>(), Row(evaluation, 3)["actual"]!.GetValue<decimal>());
        Assert.False(evaluation["yearOver"]!.GetValue<bool>());
        foreach (var seq in Enumerable.Range(1, 6))
            Assert.Contains(Row(evaluation, seq)["status"]!.GetValue<string>(), new[] { "onTrack", "lagging" });
    }

    [Theory]
    [InlineData("chengqu-2023-air", "year=2023&asOf=2023-12-31", new[] { "--year", "2023", "--as-of", "2023-12-31" })]
    [InlineData("chengqu-2023-air", "year=2023&asOf=2023-06-30", new[] { "--year", "2023", "--as-of", "2023-06-30" })]
    [InlineData("jincheng-14fyp-eco", "term=mid&asOf=2023-12-31", new[] { "--term", "mid", "--as-of", "2023-12-31" })]
    [InlineData("chengqu-2023-water", "year=2023&asOf=2023-12-31", new[] { "--year", "2023", "--as-of", "2023-12-31" })]
    public async Task The_cli_and_the_api_give_the_same_json(string plan, string query, string[] options)
    {
        var cli = Cli(["evaluate", "--plan", plan, .. options]);
        var web = await Web($"/api/plans/{plan}/evaluation?{query}");
        Assert.True(JsonNode.DeepEquals(cli, web), $"cli: {cli.ToJsonString()}\nweb: {web.ToJsonString()}");
    }

    [Fact]
    public void Mid_term_is_the_middle_year_of_the_plan_period_and_binding_indicators_come_first()
    {
        var r = Cli("evaluate", "--plan", "jincheng-14fyp-eco", "--term", "mid", "--as-of", "2023-12-31");
        Assert.Equal(2023, r["year"]!.GetValue<int>());
        Assert.Equal("mid", r["term"]!.GetValue<string>());
        var attributes = r["rows"]!.AsArray().Select(x => x!["attribute"]?.GetValue<string>()).ToList();
        var firstExpected = attributes.IndexOf("预期性");
        Assert.True(firstExpected > 0);
        Assert.All(attributes.Take(firstExpected), a => Assert.Equal("约束性", a));
        Assert.DoesNotContain("约束性", attributes.Skip(firstExpected));
        Assert.Equal(2025, Cli("evaluate", "--plan", "jincheng-14fyp-eco", "--term", "end", "--as-of", "2025-12-31")["year"]!.GetValue<int>());
        // 优良天数比率 has a 2025 target only: the nearest later target year is used, and said.
        Assert.Contains("按最近的后续目标年份 2025 年", Row(r, 2)["resolution"]!.GetValue<string>());
    }

    [Fact]
    public void A_city_assigned_target_resolves_from_the_citys_plan_or_is_unresolved_with_the_reason()
    {
        // 城区 air 8: "坚决完成市下达我区的…年度约束性指标" — 晋城市's plan 001 has no indicator of that name.
        var air = Row(Cli("evaluate", "--plan", Plan, "--year", "2023", "--as-of", "2023-12-31"), 8);
        Assert.Equal("cannotJudge", air["status"]!.GetValue<string>());
        Assert.Equal("unresolvedReference", air["rule"]!.GetValue<string>());
        Assert.Contains("晋城市规划（jincheng-14fyp-eco）中没有与", air["unresolved"]!.GetValue<string>());
        Assert.Contains("无法确定 2023 年目标", air["unresolved"]!.GetValue<string>());

        // 城区 soil 1 受污染耕地安全利用率 "达到国家和省级、市级考核要求": 001 row 15 sets 有效保障 for 2025 (the nearest later year).
        var soil = Row(Cli("evaluate", "--plan", "chengqu-2023-soil", "--year", "2023", "--as-of", "2023-12-31"), 1);
        Assert.Equal("有效保障", soil["resolvedTarget"]!.GetValue<string>());
        Assert.Contains("晋城市规划 jincheng-14fyp-eco 第 15 项“受污染耕地安全利用率”", soil["resolution"]!.GetValue<string>());
        Assert.Contains("2025", soil["resolution"]!.GetValue<string>());
        Assert.Null(soil["unresolved"]);

        // 晋城市's own 完成省级要求: 山西省 has no plan in the platform.
        var city = Row(Cli("evaluate", "--plan", "jincheng-14fyp-eco", "--year", "2023", "--as-of", "2023-12-31"), 1);
        Assert.Contains("山西省（140000）尚无规划收录于平台", city["unresolved"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_entered_actual_is_used_with_its_source_in_both_hosts_and_is_in_the_audit_trail()
    {
        var cli = Cli("evaluate", "set", "--plan", "jincheng-14fyp-eco", "--indicator", "22", "--year", "2023", "--value", "35.1", "--source", "2023 年林草局统计", "--user", "admin");
        Assert.Equal(35.1, cli["value"]!.GetValue<double>());
        var post = await hosts.Client.PostAsJsonAsync("/api/plans/jincheng-14fyp-eco/evaluation/actuals",
            new { indicator = "22", year = "2023", value = "35.1", source = "2023 年林草局统计" });
        Assert.True(post.IsSuccessStatusCode, await post.Content.ReadAsStringAsync());

        var c = Row(Cli("evaluate", "--plan", "jincheng-14fyp-eco", "--year", "2023", "--as-of", "2023-12-31"), 22);
        var w = Row(await Web("/api/plans/jincheng-14fyp-eco/evaluation?year=2023&asOf=2023-12-31"), 22);
        foreach (var row in new[] { c, w })
        {
            Assert.Equal("entered", row["actualSource"]!.GetValue<string>());
            Assert.Equal(35.1, row["actual"]!.GetValue<double>());
            Assert.Contains("2023 年林草局统计", row["actualBasis"]!.GetValue<string>());
            Assert.Equal("notAchieved", row["status"]!.GetValue<string>());   // 森林覆盖率 ≥ 35.63 (2025's target)
            Assert.Contains("实际 35.1 < 35.63，未达标", row["arithmetic"]!.GetValue<string>());
        }

        await using var db = new EcoGovDbContext(EcoGovDatabase.Options(EcoGovDatabase.ConnectionString(hosts.Cli.Db)));
        var entry = await db.AuditEntries.Where(a => a.ObjectType == "indicator" && a.ObjectId == "jincheng-14fyp-eco/22").SingleAsync();
        Assert.Equal(("admin", "indicator.actual"), (entry.UserName, entry.Action));
        Assert.Contains("35.1（2023 年林草局统计）", entry.Changes);
    }

    [Fact]
    public void A_qualitative_target_is_judged_by_an_entered_statement()
    {
        Cli("evaluate", "set", "--plan", "chengqu-2023-soil", "--indicator", "1", "--year", "2023", "--value", "已完成，安全利用率 100%", "--source", "2023 年土壤考核通报", "--user", "admin");
        var row = Row(Cli("evaluate", "--plan", "chengqu-2023-soil", "--year", "2023", "--as-of", "2023-12-31"), 1);
        Assert.Equal(("achieved", "qualitativeStatement"), (row["status"]!.GetValue<string>(), row["rule"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("--indicator", "99", "indicator", "没有序号为“99”的指标")]
    [InlineData("--year", "20x3", "year", "年份须为")]
    [InlineData("--value", " ", "value", "须填写实际值")]
    public async Task Bad_input_to_set_is_refused_the_same_way_in_both_hosts(string option, string bad, string field, string message)
    {
        var values = new Dictionary<string, string> { ["--indicator"] = "22", ["--year"] = "2023", ["--value"] = "35", ["--source"] = "统计" };
        values[option] = bad;
        var (exit, _, stderr) = hosts.Cli.Run(["evaluate", "set", "--plan", "jincheng-14fyp-eco", .. values.SelectMany(kv => new[] { kv.Key, kv.Value }), "--user", "admin"]);
        Assert.Equal(2, exit);
        Assert.StartsWith(option + ":", stderr);
        Assert.Contains(message, stderr);
        var r = await hosts.Client.PostAsJsonAsync("/api/plans/jincheng-14fyp-eco/evaluation/actuals",
            new { indicator = values["--indicator"], year = values["--year"], value = values["--value"], source = values["--source"] });
        Assert.Contains(r.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.NotFound });
        var problem = JsonNode.Parse(await r.Content.ReadAsStringAsync())!;
        Assert.Equal(field, problem["field"]!.GetValue<string>());
        Assert.Equal(stderr.Trim(), $"{option}: {problem["detail"]!.GetValue<string>()}");
    }

    [Theory]
    [InlineData("--term", "begin", "term", "评估阶段须为 mid")]
    [InlineData("--as-of", "2023-13-01", "asOf", "评估日期")]
    public async Task Bad_input_to_evaluate_is_refused_the_same_way_in_both_hosts(string option, string bad, string field, string message)
    {
        var (exit, _, stderr) = hosts.Cli.Run("evaluate", "--plan", Plan, "--year", "2023", option, bad);
        Assert.Equal(2, exit);
        Assert.Contains(message, stderr);
        var r = await hosts.Client.GetAsync($"/api/plans/{Plan}/evaluation?year=2023&{field}={bad}");
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var problem = JsonNode.Parse(await r.Content.ReadAsStringAsync())!;
        Assert.Equal(field, problem["field"]!.GetValue<string>());
        Assert.Equal(stderr.Trim(), $"{option}: {problem["detail"]!.GetValue<string>()}");
    }

    [Fact]
    public async Task The_evaluation_table_xlsx_holds_the_plans_columns_and_the_evaluated_figures()
    {
        var json = Cli("evaluate", "--plan", Plan, "--year", "2023", "--as-of", "2023-12-31");
        var file = Path.Combine(hosts.Cli.Directory, "evaluation.xlsx");
        Cli("report", "evaluation", "--plan", Plan, "--year", "2023", "--as-of", "2023-12-31", "--out", file);
        var fromCli = await File.ReadAllBytesAsync(file);
        var fromWeb = await (await hosts.Client.GetAsync($"/api/plans/{Plan}/evaluation-report?year=2023&asOf=2023-12-31&format=xlsx")).Content.ReadAsByteArrayAsync();
        foreach (var bytes in new[] { fromCli, fromWeb })
        {
            var sheet = OfficeFiles.Excel(bytes)["指标评估表"];
            Assert.Equal(["序号", "类别", "指标", "单位", "基准值", "目标值", "属性", "实际值", "数据来源", "评估结论", "依据"], sheet[0]);
            var rows = json["rows"]!.AsArray();
            Assert.Equal(rows.Count, sheet.Count - 1);
            for (var k = 0; k < rows.Count; k++)
            {
                var (cells, row) = (sheet[k + 1], rows[k]!);
                Assert.Equal(row["seq"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture), cells[0]);
                Assert.Equal(row["name"]!.GetValue<string>(), cells[2]);
                Assert.Equal(row["targetText"]?.GetValue<string>() ?? "—", cells[5]);
                if (row["actual"] is { } a)
                    Assert.Equal(a.GetValue<double>(), double.Parse(cells[7], CultureInfo.InvariantCulture));
                else
                    Assert.Equal("—", cells[7]);
                Assert.Equal(row["statusText"]!.GetValue<string>(), cells[9]);
                Assert.Contains(EcoGov.Core.Text.Message.Split(row["arithmetic"]!.GetValue<string>()).Chinese, cells[10]);   // the workbook in Chinese
            }
        }
        OfficeFiles.OpensInLibreOffice(fromCli, ".xlsx");
    }

    [Fact]
    public async Task The_evaluation_report_docx_is_an_official_document_with_the_verdicts_and_the_table()
    {
        var json = Cli("evaluate", "--plan", "jincheng-14fyp-eco", "--term", "mid", "--as-of", "2023-12-31");
        var file = Path.Combine(hosts.Cli.Directory, "evaluation.docx");
        Cli("report", "evaluation", "--plan", "jincheng-14fyp-eco", "--term", "mid", "--as-of", "2023-12-31", "--out", file);
        var fromCli = await File.ReadAllBytesAsync(file);
        var web = await hosts.Client.GetAsync("/api/plans/jincheng-14fyp-eco/evaluation-report?term=mid&asOf=2023-12-31&format=docx");
        Assert.Equal(Supervision.DispatchReportService.DocxType, web.Content.Headers.ContentType?.MediaType);
        foreach (var bytes in new[] { fromCli, await web.Content.ReadAsByteArrayAsync() })
        {
            var (paragraphs, tables) = OfficeFiles.Word(bytes);
            Assert.Equal("晋城市生态环境保护委员会办公室", paragraphs[0]);
            Assert.Equal("〔2023〕  号", paragraphs[1]);
            Assert.Equal("晋城市“十四五”生态环境保护规划中期评估报告（2023年）", paragraphs[2]);
            Assert.Equal("2023年12月31日", paragraphs[^1]);
            var rows = json["rows"]!.AsArray();
            var binding = rows.Where(r => r!["attribute"]?.GetValue<string>() == "约束性").ToList();
            foreach (var b in binding)
                Assert.Contains(paragraphs, p => p.StartsWith($"{b!["seq"]}. {b["name"]}：{b["statusText"]}。", StringComparison.Ordinal));
            var table = Assert.Single(tables);
            Assert.Equal(rows.Count, table.Count - 1);
            for (var k = 0; k < rows.Count; k++)
            {
                Assert.Equal(rows[k]!["name"]!.GetValue<string>(), table[k + 1][1]);
                Assert.Equal(rows[k]!["actualText"]?.GetValue<string>() ?? "—", table[k + 1][6]);
                Assert.Equal(rows[k]!["statusText"]!.GetValue<string>(), table[k + 1][8]);
            }
        }
        OfficeFiles.OpensInLibreOffice(fromCli, ".docx");
    }

    [Fact]
    public async Task The_page_shows_the_rows_with_lights_and_downloads_and_enters_an_actual()
    {
        var html = await hosts.Client.GetStringAsync($"/Supervision/Evaluation?plan={Plan}&year=2023&asOf=2023-12-31");
        var json = Cli("evaluate", "--plan", Plan, "--year", "2023", "--as-of", "2023-12-31");
        foreach (var row in json["rows"]!.AsArray())
            Assert.Contains($"data-seq=\"{row!["seq"]}\" data-status=\"{row["status"]}\"", html);
        Assert.Contains($"/api/plans/{Plan}/evaluation-report?year=2023&asOf=2023-12-31&format=xlsx", WebUtility.HtmlDecode(html));
        Assert.Contains("录入实际值", html);   // the administrator may enter

        // Entered on the soil plan (the JSON of the air plan is compared between the hosts in another test).
        var token = await EcoGovFactory.FormToken(hosts.Client, "/Supervision/Evaluation?plan=chengqu-2023-soil&year=2023&asOf=2023-12-31");
        var post = await hosts.Client.PostAsync("/Supervision/Evaluation", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["plan"] = "chengqu-2023-soil",
            ["year"] = "2023",
            ["asOf"] = "2023-12-31",
            ["indicator"] = "1",
            ["actualYear"] = "2023",
            ["value"] = "未完成，安全利用率 88%",
            ["source"] = "2023 年土壤污染防治考核",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.True(post.StatusCode == HttpStatusCode.Redirect, await post.Content.ReadAsStringAsync());   // post, redirect, get
        var after = WebUtility.HtmlDecode(await hosts.Client.GetStringAsync(post.Headers.Location));
        Assert.Contains("已录入第 1 项", after);
        Assert.Contains("录入：2023 年土壤污染防治考核（admin）", after);
        Assert.Contains("data-seq=\"1\" data-status=\"notAchieved\"", after);
    }

    /// <summary>
    /// Both hosts (CLI and web, each its own SQLite store) with the same generated year 2023 of hourly data for two
    /// stations of 城区 (140502): seasonal levels with a deterministic day-to-day pattern, imported as each host imports it.
    /// </summary>
    public sealed class YearOfData : IAsyncLifetime
    {
        public EcoGovFactory Web { get; } = new();
        public CliRunner Cli { get; } = new();
        public HttpClient Client { get; private set; } = null!;

        public static string Generate()
        {
            var csv = new StringBuilder("station,time,SO2,NO2,CO,O3,PM10,PM2.5\n");
            var random = new Random(2023);
            for (var day = new DateTime(2023, 1, 1); day.Year == 2023; day = day.AddDays(1))
            {
                var winter = Math.Cos((day.DayOfYear - 15) / 365.0 * 2 * Math.PI);   // 1 in January, -1 in July
                var episode = random.NextDouble() < 0.04 ? 3.5 : 1.0;                  // a few heavy-pollution days
                var dayLevel = 0.7 + random.NextDouble() * 0.6;
                for (var h = 0; h < 24; h++)
                {
                    var sun = Math.Max(0, Math.Sin((h - 6) / 12.0 * Math.PI));
                    foreach (var (station, f) in new[] { ("城区A", 1.0), ("城区B", 1.12) })
                    {
                        double pm25 = (38 + 18 * winter) * dayLevel * episode * f, pm10 = pm25 * 1.8;
                        double so2 = (9 + 5 * winter) * dayLevel * f, no2 = (27 + 8 * winter) * dayLevel * f * (1.2 - 0.4 * sun);
                        double co = (0.9 + 0.4 * winter) * dayLevel * f, o3 = (60 - 35 * winter) * (0.4 + 1.4 * sun) * dayLevel;
                        csv.Append(CultureInfo.InvariantCulture,
                            $"{station},{day.AddHours(h):yyyy-MM-dd HH:mm},{so2:0},{no2:0},{co:0.0},{o3:0},{pm10:0},{pm25:0}\n");
                    }
                }
            }
            return csv.ToString();
        }

        public async Task InitializeAsync()
        {
            await HostImports.IntoBoth(Web, Cli, Generate(), MonitoringDataKind.AirHourly, "140502");
            Client = await Web.SignedInClient();
        }

        public async Task DisposeAsync()
        {
            Client?.Dispose();
            await Web.DisposeAsync();
            Cli.Dispose();
        }
    }
}
