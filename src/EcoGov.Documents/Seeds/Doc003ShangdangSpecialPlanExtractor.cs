using System.Globalization;
using System.Text.RegularExpressions;
using EcoGov.Core.Plans;

namespace EcoGov.Documents.Seeds;

/// <summary>
/// Seed document 003: 长治市上党区生态环境保护专项规划（2021-2035年） (上党区 140404, formerly 长治县).
/// The text starts at "一、编制背景" (no cover, 文号 or date); it carries the indicator system (附表1),
/// the key-project list (附表2) and the figures the body states about them. Its tasks (五、重点治理任务和对策)
/// are prose without 责任单位 or deadlines, so no PlanTask is extracted.
/// </summary>
public sealed class Doc003ShangdangSpecialPlanExtractor : ISeedDocumentExtractor
{
    public const string PlanId = "shangdang-eco-2021-2035";

    /// <summary>The plan's own title as the text quotes it: "编制本次《长治市上党区生态环境保护专项规划（2021-2035年）》".</summary>
    private static readonly Regex PlanTitle = new(
        @"《(?<title>(?<place>[^《》]+?)生态环境保护专项规划（(?<from>\d{4})\s*-\s*(?<to>\d{4})年）)》", RegexOptions.Compiled);

    /// <summary>"长治市上党区" → 上党区.</summary>
    private static readonly Regex Place = new(@"^(?<city>.+?市)?(?<county>[^市]+?[区县])$", RegexOptions.Compiled);

    private static readonly Regex BaseYear = new(@"规划基准年为(?<y>\d{4})年", RegexOptions.Compiled);

    /// <summary>"近期至2025年，远期至2035年".</summary>
    private static readonly Regex Horizons = new(@"近期至(?<near>\d{4})年，远期至(?<far>\d{4})年", RegexOptions.Compiled);

    /// <summary>文号 (e.g. 长党政办发〔2024〕12号) and 成文日期, should the text carry them.</summary>
    private static readonly Regex DocNumber = new(@"[^\s《》，。]+〔\d{4}〕\d+号", RegexOptions.Compiled);

    private static readonly Regex IssueDate = new(@"^(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})日$", RegexOptions.Compiled);

    public string DocumentId => Doc003Layout.DocumentId;

    public string OutputFileName => "003-shangdang-2021-2035.json";

    public SeedDocumentData Extract(SeedText text)
    {
        var findings = new List<SeedFinding>();
        var totals = new List<StatedTotal>();

        var plan = ReadPlan(text, findings);
        var period = (plan.PeriodStart ?? 0, plan.PeriodEnd ?? 0);
        var indicators = Doc003IndicatorTable.Read(text, PlanId, findings);
        CheckIndicatorYears(text, plan, indicators, findings);
        var projects = Doc003ProjectTable.Read(text, PlanId, period, findings);

        Doc003ProseChecks.CheckIndicators(text, PlanId, indicators, totals, findings);
        Doc003ProseChecks.CheckProjects(text, PlanId, projects, totals, findings);
        Doc003ProseChecks.CheckBody(text, findings);

        return new SeedDocumentData
        {
            Document = new SourceDocument(DocumentId, text.FileName, plan.Title, text.Sha256),
            Plans = [plan],
            Indicators = [.. indicators.Indicators, .. SeedProse.ReadIndicators(text, Doc003Supervision.Indicators, indicators.Indicators, findings)],
            Tasks = Doc003Supervision.ProseTasks(text, findings),
            Projects = projects.Projects,
            StatedTotals = totals,
            Findings = findings,
            SupervisionRules = SeedProse.ReadRules(text, Doc003Supervision.Rules, findings),
        };
    }

    /// <summary>Title, jurisdiction and period from the quoted title; base year from "规划基准年为2022年".</summary>
    private static Plan ReadPlan(SeedText text, List<SeedFinding> findings)
    {
        var (titleLine, title) = FirstMatch(text, PlanTitle)
            ?? throw new InvalidOperationException("正文中找不到规划名称《…生态环境保护专项规划（…年）》");
        var county = Place.Match(title.Groups["place"].Value).Groups["county"].Value;
        var jurisdiction = KnownJurisdictions.CodeOf(county)
                           ?? throw new InvalidOperationException($"{county}不在已知行政区中");
        var section = Doc003Layout.SectionOf(text, titleLine);

        int? baseYear = null;
        if (FirstMatch(text, BaseYear) is { } found) baseYear = Year(found.Match, "y");
        else findings.Add(Doc003Layout.Finding(FindingKind.Unparsed, "正文中找不到规划基准年（“规划基准年为…年”）。", section, titleLine));

        var docNumber = FirstMatch(text, DocNumber)?.Match.Value;
        var issued = FirstMatch(text, IssueDate) is { Match: var d }
            ? new DateOnly(Year(d, "y"), Year(d, "m"), Year(d, "d"))
            : (DateOnly?)null;

        return new Plan(PlanId, jurisdiction, title.Groups["title"].Value, docNumber, issued, PlanKind.SpecialPlan,
            Year(title, "from"), Year(title, "to"), baseYear, Doc003Layout.At(section, titleLine));
    }

    /// <summary>
    /// 附表1's year columns against the text: the 现状 column should be the base year, the target
    /// columns the near (近期) and far (远期) horizons.
    /// </summary>
    private static void CheckIndicatorYears(SeedText text, Plan plan, Doc003IndicatorTable.Result table, List<SeedFinding> findings)
    {
        if (plan.BaseYear is { } baseYear && table.BaselineYear != baseYear)
            findings.Add(Doc003Layout.Finding(FindingKind.Inconsistent,
                $"正文规定规划基准年为{baseYear}年，但{table.Section}的现状列为{table.BaselineYear}年。", table.Section, table.TitleLine));
        if (FirstMatch(text, Horizons) is not { } horizonsFound) return;
        var (line, h) = horizonsFound;
        int[] horizons = [Year(h, "near"), Year(h, "far")];
        if (!horizons.SequenceEqual(table.TargetYears))
            findings.Add(Doc003Layout.Finding(FindingKind.Inconsistent,
                $"正文称“{h.Value}”，但{table.Section}的目标列为{string.Join("、", table.TargetYears)}年。",
                Doc003Layout.SectionOf(text, line), line));
        if (plan.PeriodEnd is { } end && horizons[1] != end)
            findings.Add(Doc003Layout.Finding(FindingKind.Inconsistent,
                $"正文称“{h.Value}”，但规划名称中的规划期止于{end}年。", Doc003Layout.SectionOf(text, line), line));
    }

    private static (int Line, Match Match)? FirstMatch(SeedText text, Regex pattern)
    {
        foreach (var (line, body) in Doc003Layout.BodyLines(text))
        {
            var m = pattern.Match(body);
            if (m.Success) return (line, m);
        }
        return null;
    }

    private static int Year(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
}
