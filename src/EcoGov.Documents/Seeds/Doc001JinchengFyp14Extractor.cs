using System.Globalization;
using System.Text.RegularExpressions;
using EcoGov.Core.Plans;
using EcoGov.Core.Text;

namespace EcoGov.Documents.Seeds;

/// <summary>
/// Seed document 001: 晋城市“十四五”生态环境保护规划 (晋市环发〔2022〕126号). It carries the 十四五 plan
/// (表2 indicators, 表3 key projects, 第十二章's stated totals) and, through 表1, the completion of the
/// 十三五 plan (晋城市“十三五”环境保护规划), held as a second plan.
/// </summary>
public sealed class Doc001JinchengFyp14Extractor : ISeedDocumentExtractor
{
    public const string Plan14Id = "jincheng-14fyp-eco";
    public const string Plan13Id = "jincheng-13fyp-eco";

    private const string Jurisdiction = "晋城市";
    private const string DocumentTitle = "晋城市“十四五”生态环境保护规划";

    /// <summary>文号 such as 晋市环发〔2022〕126号.</summary>
    private static readonly Regex DocNumber = new(@"^\S+〔\d{4}〕\d+号$", RegexOptions.Compiled);

    /// <summary>The notice that issues the plan: "…关于印发《晋城市“十四五”生态环境保护 规划》的通知".</summary>
    private static readonly Regex Notice = new(@"关于印发《(?<title>[^》]+)》的通知", RegexOptions.Compiled);

    private static readonly Regex IssueDate = new(@"^(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})日$", RegexOptions.Compiled);

    /// <summary>文头 "晋城市生态环境局 晋城市发展和改革委员会 文件": the issuing offices.</summary>
    private static readonly Regex Letterhead = new(@"^(?<issuers>.+?)\s*文件$", RegexOptions.Compiled);

    /// <summary>表1's title names the 十三五 plan: "表1 晋城市“十三五”环境保护规划指标完成情况".</summary>
    private static readonly Regex CompletionTitle = new(@"^表\d+\s+(?<plan>.+规划)指标完成情况$", RegexOptions.Compiled);

    /// <summary>第二章 第三节: "共设置生态环境保护重点指标 23 项".</summary>
    private static readonly Regex StatedIndicatorCount = new(@"共设置\S*?指标\s*(?<n>\d+)\s*项", RegexOptions.Compiled);

    public string DocumentId => Doc001Layout.DocumentId;

    public string OutputFileName => "001-jincheng-14fyp.json";

    public SeedDocumentData Extract(SeedText text)
    {
        var findings = new List<SeedFinding>();
        var jurisdiction = KnownJurisdictions.CodeOf(Jurisdiction)
                           ?? throw new InvalidOperationException($"{Jurisdiction}不在已知行政区中");

        var plan14 = ReadPlan14(text, jurisdiction, findings);
        var completion = Doc001IndicatorTables.Read(text, 1, Plan13Id, findings);
        var plan13 = ReadPlan13(text, jurisdiction, completion);
        var system = Doc001IndicatorTables.Read(text, 2, Plan14Id, findings);
        var totals = new List<StatedTotal>();
        CheckIndicatorCount(text, system, totals, findings);
        var projects = Doc001ProjectTable.Read(text, Plan14Id, findings);
        totals.AddRange(projects.Totals);
        Doc001ProseChecks.Check(text, findings);

        return new SeedDocumentData
        {
            Document = new SourceDocument(DocumentId, text.FileName, DocumentTitle, text.Sha256),
            Plans = [plan14, plan13],
            Indicators = [.. completion.Indicators, .. system.Indicators,
                .. SeedProse.ReadIndicators(text, Doc001Supervision.Indicators, system.Indicators, findings)],
            Projects = projects.Projects,
            StatedTotals = totals,
            Findings = findings,
            SupervisionRules = SeedProse.ReadRules(text, Doc001Supervision.Rules, findings),
        };
    }

    /// <summary>The 十四五 plan: title from the issuing notice, 文号 and date from the 文头 and 落款.</summary>
    private static Plan ReadPlan14(SeedText text, string jurisdiction, List<SeedFinding> findings)
    {
        int noticeLine = text.Find("关于印发《").FirstOrDefault();
        if (noticeLine == 0) throw new InvalidOperationException("找不到印发通知（关于印发《…》的通知）");
        var notice = TextNormalizer.Normalize(text.Line(noticeLine));
        var title = TextNormalizer.Normalize(Notice.Match(notice).Groups["title"].Value);

        var docNumber = HeaderLines(text).Select(n => TextNormalizer.Normalize(text.Line(n))).FirstOrDefault(DocNumber.IsMatch);
        var (issued, dateLine) = ReadIssueDate(text);
        if (docNumber is null)
            findings.Add(Doc001Layout.Finding(FindingKind.Damaged, "文头中找不到文号。", notice, noticeLine));
        if (issued is null)
            findings.Add(Doc001Layout.Finding(FindingKind.Damaged, "落款中找不到成文日期。", notice, noticeLine));
        else CheckSignatories(text, noticeLine, dateLine, notice, findings);

        return new Plan(Plan14Id, jurisdiction, title, docNumber, issued, PlanKind.FiveYearPlan,
            PeriodStart: 2021, PeriodEnd: 2025, BaseYear: 2020, Doc001Layout.At(notice, noticeLine));
    }

    /// <summary>The 十三五 plan as 表1 reports its completion: no 文号 or date in this document.</summary>
    private static Plan ReadPlan13(SeedText text, string jurisdiction, Doc001IndicatorTables.TableResult completion)
    {
        var m = CompletionTitle.Match(completion.Section);
        if (!m.Success) throw new InvalidOperationException($"表1标题不是“…规划指标完成情况”：{completion.Section}");
        return new Plan(Plan13Id, jurisdiction, m.Groups["plan"].Value, DocNumber: null, Issued: null, PlanKind.FiveYearPlan,
            PeriodStart: 2016, PeriodEnd: 2020, BaseYear: 2015, Doc001Layout.At(completion.Section, completion.TitleLine));
    }

    /// <summary>Lines of the 文头 and 落款: everything before the 目录.</summary>
    private static IEnumerable<int> HeaderLines(SeedText text)
    {
        int toc = text.Find("目 录").Concat(text.Find("目录")).DefaultIfEmpty(text.Lines.Count).Min();
        return Enumerable.Range(1, toc - 1);
    }

    private static (DateOnly? Date, int Line) ReadIssueDate(SeedText text)
    {
        foreach (var n in HeaderLines(text))
        {
            var m = IssueDate.Match(TextNormalizer.Normalize(text.Line(n)));
            if (m.Success)
                return (new DateOnly(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture),
                    int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture),
                    int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture)), n);
        }
        return (null, 0);
    }

    /// <summary>A joint notice (联合发文) is signed by every office in its 文头; reports offices missing from the 落款.</summary>
    private static void CheckSignatories(SeedText text, int noticeLine, int dateLine, string notice, List<SeedFinding> findings)
    {
        var letterhead = HeaderLines(text).Select(n => Letterhead.Match(text.Line(n).Trim())).FirstOrDefault(m => m.Success);
        if (letterhead is null) return;
        var issuers = letterhead.Groups["issuers"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // The 落款 is the block just above the date, after the notice's own text.
        var signature = string.Concat(Enumerable.Range(noticeLine + 1, dateLine - noticeLine - 1)
            .Select(n => TextNormalizer.Normalize(text.Line(n))).Where(l => l.Length > 0 && !l.EndsWith('。') && !l.EndsWith('：')));
        foreach (var missing in issuers.Where(i => !signature.Contains(i, StringComparison.Ordinal)))
            findings.Add(Doc001Layout.Finding(FindingKind.Ambiguous,
                $"文头列出联合发文单位{string.Join("、", issuers)}，但第{dateLine}行成文日期上方的落款中没有“{missing}”" +
                "（可能在导出时丢失），请核对原件。", notice, dateLine));
    }

    /// <summary>第二章 第三节 states how many indicators 表2 sets; compares with the rows read.</summary>
    private static void CheckIndicatorCount(
        SeedText text, Doc001IndicatorTables.TableResult system, List<StatedTotal> totals, List<SeedFinding> findings)
    {
        var (headingLine, heading) = Doc001Layout.HeadingAbove(text, system.TitleLine) ?? (0, system.Section);
        for (int n = system.TitleLine - 1; n > headingLine; n--)
        {
            var m = StatedIndicatorCount.Match(TextNormalizer.Normalize(text.Line(n)));
            if (!m.Success) continue;
            var stated = decimal.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            var total = new StatedTotal(Plan14Id, "indicators.count", stated, m.Value, Doc001Layout.At(heading, n));
            totals.Add(total);
            if (stated != system.Indicators.Count)
                findings.Add(new SeedFinding(FindingKind.Inconsistent,
                    $"{heading}称“{m.Value}”，但{system.Section}中有{system.Indicators.Count}项指标。", total.Source));
            return;
        }
        findings.Add(Doc001Layout.Finding(FindingKind.Unparsed,
            $"{system.Section}上方的正文中找不到指标总数（“共设置…指标N项”）。", system.Section, system.TitleLine));
    }
}
