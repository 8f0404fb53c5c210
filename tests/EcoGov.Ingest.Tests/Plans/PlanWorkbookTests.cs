using System.Text.Json;
using EcoGov.Core;
using EcoGov.Core.Plans;
using EcoGov.Ingest.Plans;
using EcoGov.Reports.Plans;
using EcoGov.Reports.Spreadsheets;

namespace EcoGov.Ingest.Tests.Plans;

/// <summary>
/// The plan workbook template: every seed plan written and read back is the same plan (all fields of every record,
/// only the provenance now pointing at the workbook), and a workbook with planted errors gives exactly those errors.
/// </summary>
public sealed class PlanWorkbookTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("ecogov-planbook-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    public static string RepoRoot { get; } = FindRepoRoot();

    private static string FindRepoRoot()
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d is not null && !File.Exists(Path.Combine(d.FullName, "EcoGov.slnx"))) d = d.Parent;
        return d?.FullName ?? throw new InvalidOperationException("EcoGov.slnx not found");
    }

    /// <summary>Every plan of every seed file, with its records, as the seed JSON holds it.</summary>
    public static IEnumerable<(string File, PlanWorkbookContent Content)> SeedPlans()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoRoot, "data", "seed"), "0*.json").Order(StringComparer.Ordinal))
        {
            var data = SeedJson.Deserialize(File.ReadAllText(file));
            foreach (var p in data.Plans)
                yield return (Path.GetFileName(file), new PlanWorkbookContent(p,
                    [.. data.Indicators.Where(x => x.PlanId == p.Id)],
                    [.. data.Tasks.Where(x => x.PlanId == p.Id)],
                    [.. data.Projects.Where(x => x.PlanId == p.Id)],
                    [.. data.AirTargets.Where(x => x.PlanId == p.Id)],
                    [.. data.SectionTargets.Where(x => x.PlanId == p.Id)]));
        }
    }

    public static TheoryData<string> SeedPlanIds() => [.. SeedPlans().Select(s => s.Content.Plan.Id)];

    private static readonly Provenance Nowhere = new("-", "-", 0);

    /// <summary>The content as JSON with every provenance blanked: equal strings mean equal plans, field by field.</summary>
    public static string WithoutProvenance(PlanWorkbookContent c) => JsonSerializer.Serialize(new
    {
        plan = c.Plan with { Source = Nowhere },
        indicators = c.Indicators.Select(x => x with { Source = Nowhere }),
        tasks = c.Tasks.Select(x => x with { Source = Nowhere }),
        projects = c.Projects.Select(x => x with { Source = Nowhere }),
        airTargets = c.AirTargets.Select(x => x with { Source = Nowhere }),
        sectionTargets = c.SectionTargets.Select(x => x with { Source = Nowhere }),
    }, SeedJson.Options);

    [Theory]
    [MemberData(nameof(SeedPlanIds))]
    public void Every_seed_plan_round_trips_through_the_workbook(string planId)
    {
        var original = SeedPlans().Single(s => s.Content.Plan.Id == planId).Content;
        var path = Path.Combine(dir, planId + ".xlsx");
        using (var f = File.Create(path)) PlanWorkbookWriter.Write(f, original);

        var read = PlanWorkbookReader.Read(path, "wb-test");

        Assert.Empty(read.Errors);
        Assert.NotNull(read.Content);
        Assert.Equal(WithoutProvenance(original), WithoutProvenance(read.Content));
        // Each record now says where in the workbook it was read: the import's document, the sheet, the row.
        Assert.Equal(new Provenance("wb-test", "规划", 2), read.Content.Plan.Source);
        for (var i = 0; i < read.Content.Indicators.Count; i++)
            Assert.Equal(new Provenance("wb-test", "指标", i + 2, original.Indicators[i].Seq.ToString(System.Globalization.CultureInfo.InvariantCulture)), read.Content.Indicators[i].Source);
        for (var i = 0; i < read.Content.Tasks.Count; i++)
            Assert.Equal(("wb-test", "任务", i + 2), (read.Content.Tasks[i].Source.Document, read.Content.Tasks[i].Source.Section, read.Content.Tasks[i].Source.Line));
        for (var i = 0; i < read.Content.AirTargets.Count; i++)
            Assert.Equal(("月度目标", i + 2), (read.Content.AirTargets[i].Source.Section, read.Content.AirTargets[i].Source.Line));
    }

    [Fact]
    public void The_seed_plans_cover_every_kind_of_record_and_target()
    {
        var all = SeedPlans().Select(s => s.Content).ToList();
        Assert.Equal(8, all.Count);
        var kinds = all.SelectMany(c => c.Indicators.SelectMany(i => i.Targets).Concat(c.SectionTargets.Select(s => s.Target))).Select(t => t.Kind).ToHashSet();
        Assert.Superset(new HashSet<Core.Indicators.TargetKind>
        {
            Core.Indicators.TargetKind.Number, Core.Indicators.TargetKind.AtLeast, Core.Indicators.TargetKind.AtMost,
            Core.Indicators.TargetKind.Qualitative, Core.Indicators.TargetKind.HigherLevelReference, Core.Indicators.TargetKind.WaterClass,
        }, kinds);
        Assert.Contains(all, c => c.Tasks.Any(t => t.CooperatingUnits.Count > 0 && t.Deadline is not null));
        Assert.Contains(all, c => c.Projects.Any(p => p.Investment is not null));
        Assert.Contains(all, c => c.AirTargets.Any(a => a.Month is null));
        Assert.Contains(all, c => c.Indicators.Any(i => i.Observed.Count > 0));
    }

    private string Write(params (string Name, string[] Header, List<object?[]> Rows)[] sheets)
    {
        var path = Path.Combine(dir, "planted.xlsx");
        using var f = File.Create(path);
        Workbook.Write(f, [.. sheets.Select(s => new Sheet(s.Name, s.Header, s.Rows))]);
        return path;
    }

    private static string[] Headers(IReadOnlyList<PlanWorkbookLayout.Column> columns) => [.. columns.Select(c => c.Header)];

    /// <summary>A small good workbook (a 2024 annual plan of 城区) with the planted errors given as replacements.</summary>
    public static IReadOnlyList<(string Name, string[] Header, List<object?[]> Rows)> PlantedWorkbook(bool withErrors) =>
    [
        ("规划", ["项目", "内容"],
        [
            ["规划编号", "chengqu-2024-air"], ["规划名称", "晋城市城区 2024 年空气质量行动计划"], ["行政区划代码", "140502"],
            ["规划类型", "年度行动计划"], ["文号", "城政办发〔2024〕1号"], ["印发日期", withErrors ? "2024-02-30" : "2024-02-29"],
            ["规划期起始年", 2024], ["规划期终止年", 2024], ["基准年", 2023],
        ]),
        ("指标", Headers(PlanWorkbookLayout.IndicatorColumns),
        [
            [1, "空气质量", "PM2.5平均浓度", "微克/立方米", "约束性", 2023, "38", 38, null, null],
            [withErrors ? 1 : 2, "空气质量", "优良天数比率", "%", withErrors ? "强制性" : "预期性", 2023, "70.1", withErrors ? "七十" : 70.1, null, null],
            [3, "空气质量", withErrors ? null : "重污染天数", "天", null, null, null, null, null, null],
        ]),
        ("指标目标", Headers(PlanWorkbookLayout.TargetColumns),
        [
            [1, "目标", 2024, "力争降到 36", null, null, null],
            [2, "目标", 2024, "≥72", withErrors ? "大于" : "不低于", 72, null],
            [3, "目标", 2024, "完成市下达指标", null, null, null],
        ]),
        ("任务", Headers(PlanWorkbookLayout.TaskColumns),
        [
            [1, "一、产业结构", "淘汰落后产能", "区工信局、区发改局", "区生态环境分局", "6月底前", null, null, null, null, null, null, null],
            [2, "一、产业结构", "清洁取暖改造", "区住建局", null, "2024年采暖季前", "采暖季前", null, withErrors ? "2024/13/01" : null, 2024, null, null, null],
        ]),
        ("工程", Headers(PlanWorkbookLayout.ProjectColumns),
        [
            [1, "大气", null, "焦化超低排放改造", null, 2024, 2024, "2024 年 12 月", withErrors ? "0.6亿" : 0.6m, "区生态环境分局", "2024-12-31"],
        ]),
        ("月度目标", Headers(PlanWorkbookLayout.AirColumns),
        [
            [withErrors ? "PM25" : "PM2.5", 2024, 1, 60, 2023, 65, "μg/m³"],
            ["PM2.5", 2024, "全年", 36, 2023, 38, "μg/m³"],
        ]),
        ("断面目标", Headers(PlanWorkbookLayout.SectionColumns),
        [
            [1, "城区", "白水河", 2024, "Ⅳ类", null, null, "省考"],
        ]),
    ];

    [Fact]
    public void A_good_small_workbook_is_read_with_interpretations()
    {
        var read = PlanWorkbookReader.Read(Write([.. PlantedWorkbook(withErrors: false)]), "wb-1");

        Assert.Empty(read.Errors);
        var c = read.Content!;
        Assert.Equal(("chengqu-2024-air", PlanKind.AnnualActionPlan, new DateOnly(2024, 2, 29)), (c.Plan.Id, c.Plan.Kind, c.Plan.Issued!.Value));
        Assert.Equal(Core.Indicators.TargetKind.AtMost, c.Indicators[0].Targets.Single().Kind);
        Assert.Equal(36, c.Indicators[0].Targets.Single().Value);
        Assert.Equal(Core.Indicators.TargetKind.HigherLevelReference, c.Indicators[2].Targets.Single().Kind);
        // "6月底前" has no year: read in the annual plan's year.
        Assert.Equal(new DateOnly(2024, 6, 30), c.Tasks[0].Deadline!.Due);
        Assert.Equal(["区工信局", "区发改局"], c.Tasks[0].LeadUnits);
        Assert.Equal(Core.Tasks.DeadlineKind.BeforeHeatingSeason, c.Tasks[1].Deadline!.Kind);
        Assert.Equal(0.6m, c.Projects[0].Investment);
        Assert.Null(c.AirTargets[1].Month);
        Assert.Equal((Core.Indicators.TargetKind.WaterClass, 4.0), (c.SectionTargets[0].Target.Kind, c.SectionTargets[0].Target.Value!.Value));
        Assert.Equal(new Provenance("wb-1", "工程", 2, "1"), c.Projects[0].Source);
    }

    [Fact]
    public void Planted_errors_are_all_reported_with_sheet_row_and_column()
    {
        var read = PlanWorkbookReader.Read(Write([.. PlantedWorkbook(withErrors: true)]), "wb-1");

        Assert.Null(read.Content);
        Assert.Equal(
        [
            "规划 第7行「印发日期」：“2024-02-30”不是日历上的日期（没有这一年、月或日）/ \"2024-02-30\" is not a calendar date",
            "指标 第3行「指标属性」：“强制性”不是可用的值；可用：约束性、预期性 / unknown value",
            "指标 第3行「基准数值」：“七十”不是数 / not a number",
            "指标 第3行「序号」：序号 1 与第2行重复 / duplicate number (row 2)",
            "指标 第4行「指标名称」：必填，不能为空 / required",
            "指标目标 第3行「目标类型」：“大于”不是可用的值；可用：数值、不低于、不高于、比基准下降、比基准提高、定性、上级下达、水质类别 / unknown value",
            "任务 第3行「截止日期」：须为 yyyy-MM-dd 格式的日期（如 2023-01-31），收到“2024/13/01” / expected a date as yyyy-MM-dd (e.g. 2023-01-31), got \"2024/13/01\"",
            "工程 第2行「投资估算（亿元）」：“0.6亿”不是数 / not a number",
            "月度目标 第2行「污染物」：“PM25”不是可用的污染物；可用：SO2、NO2、PM10、CO、O3、PM2.5 / unknown pollutant",
        ], read.Errors.Select(e => e.ToString()).ToArray());
    }

    [Fact]
    public void A_file_that_is_not_an_xlsx_is_refused_as_a_whole()
    {
        var path = Path.Combine(dir, "plan.xlsx");
        File.WriteAllText(path, "规划编号,规划名称\nx,y\n");
        var e = Assert.Throws<PlanWorkbookFileException>(() => PlanWorkbookReader.Read(path, "wb-1"));
        Assert.Contains("不是 .xlsx 工作簿", e.Message);
    }

    [Fact]
    public void A_workbook_without_the_plan_sheet_is_refused_as_a_whole()
    {
        var sheets = PlantedWorkbook(withErrors: false).Where(s => s.Name != "规划").ToArray();
        var e = Assert.Throws<PlanWorkbookFileException>(() => PlanWorkbookReader.Read(Write(sheets), "wb-1"));
        Assert.Contains("缺少工作表“规划”", e.Message);
    }

    [Fact]
    public void A_missing_required_column_is_named()
    {
        var sheets = PlantedWorkbook(withErrors: false).Select(s => s.Name == "任务"
            ? (s.Name, s.Header.Select(h => h == "任务内容" ? "内容" : h).ToArray(), s.Rows) : s).ToArray();
        var read = PlanWorkbookReader.Read(Write(sheets), "wb-1");
        Assert.Equal(["任务 第1行「任务内容」：缺少此列 / missing column"], read.Errors.Select(e => e.ToString()));
    }
}
