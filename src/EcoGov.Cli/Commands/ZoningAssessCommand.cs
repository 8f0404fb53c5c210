using System.CommandLine;
using System.Globalization;
using EcoGov.Core.Zoning.Rules;
using EcoGov.Application.Zoning;

namespace EcoGov.Cli.Commands;

/// <summary>
/// `zoning assess --site FILE | --point LON,LAT [--crs EPSG:n|GCJ-02] [--industry CODE] [--facts facts.json] [--date D]
/// [--jurisdiction CODE] [--docx out.docx] [--name NAME] [--json]`: 选址预研判 against the layer versions in force on the
/// date (default: today in China). Exit 0 when the conclusion is 符合 or 有条件符合, 1 when it is 不符合 (the check found a violation), 2 for bad input.
/// </summary>
public static class ZoningAssessCommand
{
    public static Command Build(Output output)
    {
        var site = new Option<string?>("--site") { Description = "选址文件：GeoJSON、坐标文本（每行 经度,纬度）或 zip 压缩的 Shapefile / site file" };
        var point = new Option<string?>("--point") { Description = "点位 经度,纬度 / a point LON,LAT" };
        var crs = new Option<string?>("--crs") { Description = "坐标系：EPSG:4490（默认）、EPSG:4326、EPSG:4513–4554、GCJ-02 / site CRS" };
        var industry = new Option<string?>("--industry") { Description = "国民经济行业分类代码（GB/T 4754），如 0313 / industry code" };
        var facts = new Option<string?>("--facts") { Description = "项目事实 JSON 文件，如 {\"usesCoal\":true,\"boilerCapacityTph\":20} / facts file" };
        var date = new Option<string?>("--date") { Description = "研判日期 YYYY-MM-DD（默认今天；决定所用图层版本）/ assessment date" };
        var jurisdiction = new Option<string?>("--jurisdiction") { Description = "行政区划代码（默认按选址所在管控单元图层确定）/ jurisdiction" };
        var docx = new Option<string?>("--docx") { Description = "同时生成 Word 报告 / also write a .docx report" };
        var name = new Option<string?>("--name") { Description = "项目名称（报告用）/ project name for the report" };
        var command = new Command("assess", "选址预研判：涉及单元、图层、准入要求与结论 / siting pre-assessment")
        {
            site, point, crs, industry, facts, date, jurisdiction, docx, name,
        };
        command.SetAction(async (p, ct) =>
        {
            var request = new SiteAssessmentRequest(Point: p.GetValue(point), FileName: p.GetValue(site),
                FileBytes: p.GetValue(site) is { } file ? ReadSiteFile(file) : null, Crs: p.GetValue(crs), Industry: p.GetValue(industry),
                Facts: ReadFacts(p.GetValue(facts)), Date: p.GetValue(date), Jurisdiction: p.GetValue(jurisdiction));
            var path = p.GetValue(docx) is { } d ? CheckDocxPath(d) : null;
            SiteAssessmentService.CheckValues(request); // refused before the store is opened

            using var store = Store.Open(p, output);
            var siting = store.Get<SiteAssessmentService>();
            var result = await siting.AssessAsync(request, ct);
            if (path is not null)
            {
                File.WriteAllBytes(path, siting.Report(result, p.GetValue(name)));
                output.Error.WriteLine($"已生成报告 / report written: {path}");
            }

            if (p.GetValue(CliApp.Json)) output.Raw(SiteAssessmentService.Json(result));
            else Print(output, result);
            return result.NonCompliant ? ExitCodes.CheckFailed : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The --site file's bytes (its existence and size checked before it is read).</summary>
    private static byte[] ReadSiteFile(string file)
    {
        if (!File.Exists(file)) throw new CliInputException($"--site: 文件不存在 / file not found: {file}");
        if (new FileInfo(file).Length > ZoningLimits.SiteFileBytes) throw new CliInputException($"--site: {file}: 选址文件过大 / site file too large");
        return File.ReadAllBytes(file);
    }

    private static ProjectFacts? ReadFacts(string? file)
    {
        if (file is null) return null;
        if (!File.Exists(file)) throw new CliInputException($"--facts: 文件不存在 / file not found: {file}");
        return SiteAssessmentService.ParseFacts(File.ReadAllText(file), file);
    }

    private static string CheckDocxPath(string path)
    {
        var full = Path.GetFullPath(path);
        if (!full.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)) throw new CliInputException("--docx 文件名须以 .docx 结尾 / must end in .docx");
        if (Path.GetDirectoryName(full) is { } dir && !Directory.Exists(dir)) throw new CliInputException($"--docx: 目录不存在 / folder not found: {dir}");
        return full;
    }

    private static string N(double v, string format = "0.##") => v.ToString(format, CultureInfo.InvariantCulture);

    private static void Print(Output output, SiteAssessment r)
    {
        output.Line($"选址：{r.Site.Kind}，坐标系 {r.Site.SourceCrs}，面积 {N(r.Site.Area, "0")} m²，长度 {N(r.Site.Length, "0")} m；研判日期 {r.Date:yyyy-MM-dd}；行业 {r.IndustryCode ?? "未填"} {r.IndustryName}");
        foreach (var w in r.Warnings) output.Line("注意 / warning: " + w.Bilingual);
        output.Table("涉及管控单元 / units", ["编码", "名称", "类别", "县区", "重叠面积 m²", "占比"],
            r.Units.Select(u => new[] { u.Code, u.Name, u.Class, u.CountyName, N(u.OverlapArea, "0"), N(u.Share, "0.###") }));
        output.Table("涉及图层 / layers", ["图层", "编号", "名称", "距离 m", "重叠面积 m²"],
            r.Layers.Select(l => new[] { l.LayerName, l.Id, l.Name, N(l.Distance, "0"), N(l.OverlapArea, "0") }));
        output.Table("结构化规则 / structured rules", ["规则", "结论", "依据与证据"],
            r.Rules.Where(x => x.Verdict != RuleVerdict.NotApplicable)
                .Select(x => new[] { x.Rule.Description, RuleVerdicts.Label(x.Verdict), x.Evidence }));
        var counts = r.Requirements.GroupBy(x => x.Verdict).OrderByDescending(g => g.Key)
            .Select(g => $"{RuleVerdicts.Label(g.Key)} {g.Count()}");
        output.Line($"适用准入要求 {r.Requirements.Count} 条（{string.Join("，", counts)}）；完整清单见 --json 或 --docx");
        output.Line($"版本 / versions: {string.Join("；", r.Versions.Select(v => $"{v.Layer} 第{v.Version}版（{v.EffectiveFrom:yyyy-MM-dd}{(v.Synthetic ? "，示意数据" : "")}）"))}");
        output.Line($"结论 / conclusion: {r.ConclusionLabel} — {r.ConclusionText.Bilingual}");
    }
}
