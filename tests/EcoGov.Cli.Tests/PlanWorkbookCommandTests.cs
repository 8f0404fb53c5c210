using EcoGov.Core.Plans;
using EcoGov.Ingest.Plans;
using EcoGov.Reports.Spreadsheets;

namespace EcoGov.Cli.Tests;

/// <summary>`plan export --plan ID --out F.xlsx` and `plan import F.xlsx [--replace] --user U [--json]`.</summary>
public sealed class PlanWorkbookCommandTests : IDisposable
{
    private readonly CliRunner cli = new();
    private readonly string dir = Directory.CreateTempSubdirectory("ecogov-plan-cli-").FullName;

    /// <summary>Seeds the store first, so that stderr of the commands under test holds only their own messages.</summary>
    public PlanWorkbookCommandTests() => Assert.Equal(0, cli.Run("plans").Exit);

    public void Dispose()
    {
        cli.Dispose();
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void Export_writes_the_template_and_import_with_replace_puts_it_back()
    {
        var file = Path.Combine(dir, "water.xlsx");
        var (exit, stdout, stderr) = cli.Run("plan", "export", "--plan", "chengqu-2023-water", "--out", file);
        Assert.True(exit == 0, stderr);
        Assert.Contains("已生成", stdout);
        var read = PlanWorkbookReader.Read(file, "wb-check");
        Assert.Empty(read.Errors);
        Assert.Equal(("chengqu-2023-water", 14, 3, 3), (read.Content!.Plan.Id, read.Content.Tasks.Count, read.Content.Projects.Count, read.Content.SectionTargets.Count));

        (exit, stdout, stderr) = cli.Run("plan", "import", file, "--user", "admin");
        Assert.Equal(2, exit);
        Assert.Contains("规划 第2行「规划编号」：规划 chengqu-2023-water 已存在", stderr);

        (exit, stdout, stderr) = cli.Run("plan", "import", file, "--replace", "--user", "admin");
        Assert.True(exit == 0, stderr);
        Assert.Contains("已替换规划内容 chengqu-2023-water", stdout);
        var section = cli.Json("section-targets", "--plan", "chengqu-2023-water")[0].GetProperty("source");
        Assert.Equal(("断面目标", 2), (section.GetProperty("section").GetString(), section.GetProperty("line").GetInt32()));
        Assert.StartsWith("wb-", section.GetProperty("document").GetString());
    }

    [Fact]
    public void A_bad_workbook_exits_2_listing_every_error_by_sheet_row_and_column()
    {
        var file = Path.Combine(dir, "bad.xlsx");
        using (var f = File.Create(file))
            Workbook.Write(f,
            [
                new Sheet("规划", ["项目", "内容"], [["规划编号", "Bad Id"], ["规划名称", null], ["行政区划代码", "14050"], ["规划类型", "年度行动计划"], ["规划期起始年", 2025], ["规划期终止年", 2024]]),
                new Sheet("断面目标", [.. PlanWorkbookLayout.SectionColumns.Select(c => c.Header)], [[1, "城区", "白水河", 2024, "Ⅲ类", "水质类别", 7, null]]),
            ]);

        var (exit, stdout, stderr) = cli.Run("plan", "import", file, "--user", "admin");

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Equal(
        [
            "bad.xlsx: 工作簿有 5 处错误，未保存任何内容 / 5 errors, nothing stored",
            "规划 第2行「规划编号」：“Bad Id”不是可用的规划编号：小写字母、数字和连字符，3–64 个字符 / not a valid plan id",
            "规划 第3行「规划名称」：必填，不能为空 / required",
            "规划 第4行「行政区划代码」：“14050”不是 6 位行政区划代码 / not a 6-digit code",
            "规划 第7行「规划期终止年」：终止年早于起始年 / ends before it starts",
            "断面目标 第2行「数值」：水质类别填 1–6（6 为劣Ⅴ类）/ a water class is 1..6",
        ], stderr.Trim().Split('\n'));
    }

    [Fact]
    public void An_unknown_jurisdiction_is_named_by_sheet_row_and_column_in_the_json_report()
    {
        var file = Path.Combine(dir, "nowhere.xlsx");
        using (var f = File.Create(file))
            Workbook.Write(f,
                [new Sheet("规划", ["项目", "内容"], [["规划编号", "nowhere-2024"], ["规划名称", "某地计划"], ["规划类型", "专项规划"], ["行政区划代码", "999999"]])]);

        var (exit, stdout, _) = cli.Run("plan", "import", file, "--user", "admin", "--json");

        Assert.Equal(2, exit);
        using var doc = System.Text.Json.JsonDocument.Parse(stdout);
        Assert.Equal("rejected", doc.RootElement.GetProperty("status").GetString());
        var e = doc.RootElement.GetProperty("errors")[0];
        Assert.Equal(("规划", 5, "行政区划代码"), (e.GetProperty("sheet").GetString(), e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString()));
        Assert.DoesNotContain(cli.Json("plans").EnumerateArray(), p => p.GetProperty("id").GetString() == "nowhere-2024");
    }

    [Theory]
    [InlineData(new[] { "plan", "import", "PLAN.xlsx" }, "--user: 须指定操作用户")]
    [InlineData(new[] { "plan", "import", "PLAN.csv", "--user", "admin" }, "--file: “plan.csv”不是 .xlsx 文件")]
    [InlineData(new[] { "plan", "export", "--plan", "nope", "--out", "OUT.xlsx" }, "--plan: 规划 nope 不存在")]
    [InlineData(new[] { "plan", "export", "--plan", "chengqu-2023-air", "--out", "OUT.docx" }, "--out: 输出文件须为 .xlsx")]
    public void Bad_usage_exits_2_naming_the_option(string[] args, string message)
    {
        var full = args.Select(a => a.Replace("PLAN", Path.Combine(dir, "plan"), StringComparison.Ordinal).Replace("OUT", Path.Combine(dir, "out"), StringComparison.Ordinal)).ToArray();
        var (exit, _, stderr) = cli.Run(full);
        Assert.Equal(2, exit);
        Assert.StartsWith(message, stderr.Trim());
    }
}
