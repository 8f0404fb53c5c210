using System.Text.Json.Nodes;
using EcoGov.Core.Plans;
using EcoGov.Ingest.Plans;
using EcoGov.Reports.Spreadsheets;

namespace EcoGov.Application.Tests;

/// <summary>
/// Issue 11 item 6 through both hosts (`plan export|import` and GET /api/plans/{id}/workbook, POST /api/plans/import):
/// every seed plan exported and imported back (--replace) reads back the same in every field the host shows, now with
/// its provenance in the workbook; a workbook with planted errors is refused with the same list in both hosts and
/// nothing stored; only the administrator and a plan office of the jurisdiction (or above) may import.
/// </summary>
public sealed class PlanWorkbookHostsTests(PlanWorkbookHostsTests.Hosts hosts) : IClassFixture<PlanWorkbookHostsTests.Hosts>
{
    public static TheoryData<string, string> SeedPlans()
    {
        var data = new TheoryData<string, string>();
        foreach (var host in new[] { "cli", "web" })
            foreach (var plan in new[] { "jincheng-zoning-2023", "jincheng-14fyp-eco", "jincheng-13fyp-eco", "chengqu-2023-air", "chengqu-2023-water",
                         "chengqu-2023-soil", "shangdang-eco-2021-2035", "jishan-14fyp-eco" })
                data.Add(host, plan);
        return data;
    }

    /// <summary>The records with every "source" removed (provenance is what changes), as text.</summary>
    private static string WithoutSources(JsonNode node)
    {
        var copy = node.DeepClone();
        void Strip(JsonNode? n)
        {
            if (n is JsonObject o)
            {
                o.Remove("source");
                foreach (var (_, v) in o.ToList()) Strip(v);
            }
            else if (n is JsonArray a) foreach (var v in a) Strip(v);
        }
        Strip(copy);
        return copy.ToJsonString();
    }

    [Theory]
    [InlineData("cli")]
    [InlineData("web")]
    public async Task The_exported_template_is_valid_openxml_with_every_sheet_and_opens_in_libreoffice(string host)
    {
        var bytes = await hosts.For(host).ExportWorkbook("chengqu-2023-air");
        var sheets = OfficeFiles.Excel(bytes); // validated by the OpenXml SDK validator
        Assert.Equal(["说明", "规划", "指标", "指标目标", "任务", "工程", "月度目标", "断面目标"], sheets.Keys);
        Assert.Contains(sheets["规划"], r => r.Length == 2 && r[1] == "chengqu-2023-air");
        OfficeFiles.OpensInLibreOffice(bytes, ".xlsx");
    }

    [Theory]
    [MemberData(nameof(SeedPlans))]
    public async Task Every_seed_plan_exported_and_imported_back_is_the_same_plan(string host, string plan)
    {
        var h = hosts.For(host);
        var before = await h.PlanRecords(plan);
        var file = Path.Combine(hosts.Dir, $"{host}-{plan}.xlsx");
        await File.WriteAllBytesAsync(file, await h.ExportWorkbook(plan));

        var refused = await h.ImportWorkbook("admin", file, replace: false);
        Assert.False(refused.Ok);
        Assert.Equal("rejected", refused.Json!["status"]!.GetValue<string>());
        Assert.Contains("已存在", refused.Json["errors"]![0]!["message"]!.GetValue<string>());

        var imported = await h.ImportWorkbook("admin", file, replace: true);
        Assert.True(imported.Ok, imported.Message);
        Assert.Equal("replaced", imported.Json!["status"]!.GetValue<string>());
        var after = await h.PlanRecords(plan);

        Assert.Equal(WithoutSources(before), WithoutSources(after));
        // Provenance: the import's document (named after the file), the sheet, the row.
        var document = imported.Json["document"]!.GetValue<string>();
        Assert.StartsWith("wb-", document);
        foreach (var (key, sheet) in new[] { ("indicators", "指标"), ("tasks", "任务"), ("projects", "工程"), ("airTargets", "月度目标"), ("sectionTargets", "断面目标") })
        {
            var rows = after[key]!.AsArray();
            for (var i = 0; i < rows.Count; i++)
            {
                var source = rows[i]!["source"]!;
                Assert.Equal((document, sheet, i + 2), (source["document"]!.GetValue<string>(), source["section"]!.GetValue<string>(), source["line"]!.GetValue<int>()));
            }
        }
    }

    /// <summary>A new plan for 城区 with planted errors in five sheets.</summary>
    private string PlantedFile(bool withErrors, string id = "chengqu-2024-air")
    {
        var path = Path.Combine(hosts.Dir, $"{id}{(withErrors ? "-bad" : "")}.xlsx");
        string[] H(IReadOnlyList<PlanWorkbookLayout.Column> c) => [.. c.Select(x => x.Header)];
        using var f = File.Create(path);
        Workbook.Write(f,
        [
            new Sheet("规划", ["项目", "内容"],
            [
                ["规划编号", id], ["规划名称", "晋城市城区 2024 年空气质量行动计划"], ["行政区划代码", "140502"],
                ["规划类型", withErrors ? "三年计划" : "年度行动计划"], ["印发日期", withErrors ? "2024-13-01" : "2024-03-01"], ["规划期起始年", 2024], ["规划期终止年", 2024],
            ]),
            new Sheet("指标", H(PlanWorkbookLayout.IndicatorColumns),
            [
                [1, "空气质量", "PM2.5平均浓度", "微克/立方米", "约束性", 2023, "38", 38, null, null],
                [withErrors ? 1 : 2, "空气质量", "优良天数比率", "%", "预期性", 2023, "70", withErrors ? "七十" : 70, null, null],
            ]),
            new Sheet("指标目标", H(PlanWorkbookLayout.TargetColumns), [[1, "目标", 2024, "力争降到 36", null, null, null]]),
            new Sheet("任务", H(PlanWorkbookLayout.TaskColumns),
            [
                [1, "一、产业结构", withErrors ? null : "淘汰落后产能", "区工信局", null, "6月底前", null, null, null, null, null, null, null],
            ]),
            new Sheet("工程", H(PlanWorkbookLayout.ProjectColumns), [[1, "大气", null, "焦化超低排放改造", null, 2024, 2024, null, 0.6m, "区生态环境分局", null]]),
            new Sheet("月度目标", H(PlanWorkbookLayout.AirColumns), [[withErrors ? "PM25" : "PM2.5", 2024, 1, 60, 2023, 65, "μg/m³"]]),
        ]);
        return path;
    }

    private static readonly string[] PlantedErrors =
    [
        "规划|5|规划类型|“三年计划”不是可用的规划类型；可用：五年规划、专项规划、年度行动计划、分区管控成果 / unknown plan kind",
        "规划|6|印发日期|“2024-13-01”不是日历上的日期（没有这一年、月或日）/ \"2024-13-01\" is not a calendar date",
        "指标|3|基准数值|“七十”不是数 / not a number",
        "指标|3|序号|序号 1 与第2行重复 / duplicate number (row 2)",
        "任务|2|任务内容|必填，不能为空 / required",
        "月度目标|2|污染物|“PM25”不是可用的污染物；可用：SO2、NO2、PM10、CO、O3、PM2.5 / unknown pollutant",
    ];

    [Theory]
    [InlineData("cli")]
    [InlineData("web")]
    public async Task A_workbook_with_planted_errors_is_refused_with_every_error_and_nothing_stored(string host)
    {
        var h = hosts.For(host);
        var counts = await h.Counts();

        var o = await h.ImportWorkbook("office-own", PlantedFile(withErrors: true), replace: false);

        Assert.False(o.Ok);
        Assert.False(o.Forbidden);
        Assert.Equal("rejected", o.Json!["status"]!.GetValue<string>());
        Assert.Equal(PlantedErrors.Length, o.Json["errorCount"]!.GetValue<int>());
        Assert.Equal(PlantedErrors, o.Json["errors"]!.AsArray().Select(e =>
            $"{e!["sheet"]}|{e["row"]}|{e["column"]}|{e["message"]!.GetValue<string>()}").ToArray());
        Assert.Equal(counts, await h.Counts());
        Assert.DoesNotContain((await h.PlanRecords("chengqu-2023-air"))["plan"]!.ToJsonString(), "chengqu-2024-air");
    }

    [Theory]
    [InlineData("cli")]
    [InlineData("web")]
    public async Task Only_the_administrator_and_the_plan_office_of_the_jurisdiction_may_import(string host)
    {
        var h = hosts.For(host);
        var id = $"chengqu-2024-{host}";
        var file = PlantedFile(withErrors: false, id);
        foreach (var user in new[] { "reporter-own", "leader-own", "office-other" })
        {
            var o = await h.ImportWorkbook(user, file, replace: false);
            Assert.True(o.Forbidden, $"{host} {user}: {o.Message}");
        }
        var created = await h.ImportWorkbook("office-parent", file, replace: false);
        Assert.True(created.Ok, created.Message);
        Assert.Equal(("created", id, 2, 1, 1, 1), (created.Json!["status"]!.GetValue<string>(), created.Json["plan"]!.GetValue<string>(),
            created.Json["indicators"]!.GetValue<int>(), created.Json["tasks"]!.GetValue<int>(), created.Json["projects"]!.GetValue<int>(), created.Json["airTargets"]!.GetValue<int>()));
        var records = await h.PlanRecords(id);
        Assert.Equal("2024-06-30", records["tasks"]![0]!["deadline"]!["due"]!.GetValue<string>());   // "6月底前" read in the plan's year
        var replaced = await h.ImportWorkbook("office-own", file, replace: true);
        Assert.True(replaced.Ok, replaced.Message);
        Assert.Equal("replaced", replaced.Json!["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("cli")]
    [InlineData("web")]
    public async Task A_file_that_is_not_a_workbook_is_refused_naming_the_file(string host)
    {
        var h = hosts.For(host);
        var file = Path.Combine(hosts.Dir, $"{host}-plan.xlsx");
        await File.WriteAllTextAsync(file, "规划编号,规划名称\n");
        var o = await h.ImportWorkbook("admin", file, replace: false);
        Assert.False(o.Ok);
        Assert.Contains("不是 .xlsx 工作簿", o.Message);
    }

    /// <summary>Both hosts, each with a plan office of 城区, of 晋城市 and of 稷山县, a reporter and a leader of 城区.</summary>
    public sealed class Hosts : IAsyncLifetime
    {
        private readonly CliSupervisionHost cli = new();
        private readonly WebSupervisionHost web = new();
        public string Dir { get; } = Directory.CreateTempSubdirectory("ecogov-planbook-hosts-").FullName;

        public ISupervisionHost For(string name) => name == "cli" ? cli : web;

        public async Task InitializeAsync()
        {
            foreach (var h in new ISupervisionHost[] { cli, web })
                foreach (var (user, role, jurisdiction, department) in new (string, string, string, string?)[]
                         {
                             ("office-own", "plan-office", "140502", null), ("office-parent", "plan-office", "140500", null),
                             ("office-other", "plan-office", "140824", null), ("reporter-own", "reporter", "140502", "区生态环境分局"),
                             ("leader-own", "leader", "140502", null),
                         })
                {
                    var added = await h.AddUser("admin", user, role, jurisdiction, department, "Planbook-Pass-2024!");
                    Assert.True(added.Ok, added.Message);
                }
        }

        public async Task DisposeAsync()
        {
            cli.Dispose();
            await web.DisposeAsync();
            Directory.Delete(Dir, recursive: true);
        }
    }
}
