using System.Globalization;
using System.Text.RegularExpressions;
using EcoGov.Core;
using EcoGov.Core.Plans;
using EcoGov.Core.Text;

namespace EcoGov.Documents.Seeds;

/// <summary>
/// Seed document 004: 稷山县“十四五”两山七河一流域生态保护和生态文明建设、生态经济发展规划
/// (稷政发〔2022〕5号, 稷山县人民政府, 2022年3月31日). The export is damaged: the whole text (notice, part of
/// the 目录, fragments of the plan) repeats many times, the indicator table has lost its title, header and
/// rows 1–6, and only some 专栏 boxes survive. Records are read from every copy and de-duplicated
/// (first occurrence wins); differences between copies are reported as findings.
/// </summary>
public sealed class Doc004JishanFyp14Extractor : ISeedDocumentExtractor
{
    private const string Jurisdiction = "稷山县";

    /// <summary>十四五 the plan period.</summary>
    private const int PeriodStart = 2021;
    private const int PeriodEnd = 2025;

    /// <summary>文号 such as 稷政发〔2022〕5号.</summary>
    private static readonly Regex DocNumber = new(@"^\S+〔\d{4}〕\d+号$", RegexOptions.Compiled);

    /// <summary>The notice names the plan: "现将《稷山县“十四五”…规划》印发你们".</summary>
    private static readonly Regex PlanTitle = new(@"《(?<title>[^》]+规划)》", RegexOptions.Compiled);

    /// <summary>The notice title: "稷山县人民政府 关于印发…的 通知".</summary>
    private static readonly Regex NoticeTitle = new(@"^\S+关于印发.+通知$", RegexOptions.Compiled);

    /// <summary>落款 date: "2022年3月31日".</summary>
    private static readonly Regex IssueDate = new(@"^(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})日$", RegexOptions.Compiled);

    public string DocumentId => Doc004Layout.DocumentId;

    public string OutputFileName => "004-jishan-14fyp.json";

    public SeedDocumentData Extract(SeedText text)
    {
        var findings = new List<SeedFinding>();
        var copies = Doc004Copies.Map(text);
        findings.Add(Doc004Copies.RepetitionFinding(copies));

        var plan = ReadPlan(text, copies[0]);
        var indicators = Doc004IndicatorTable.Read(text, copies, findings);
        var projects = Doc004ProjectBoxes.Read(text, findings);

        var consumed = indicators.Lines.Concat(projects.Lines).ToHashSet();
        Doc004ProseChecks.Check(text, copies[0], consumed, findings);
        Doc004Copies.CompareWithFirst(text, copies, consumed, findings);

        return new SeedDocumentData
        {
            Document = new SourceDocument(DocumentId, text.FileName, plan.Title, text.Sha256),
            Plans = [plan],
            Indicators = indicators.Indicators,
            Projects = projects.Projects,
            Findings = findings,
        };
    }

    /// <summary>
    /// The plan, from the first copy's notice: 文号 below the letterhead, title from 《…》, date from the 落款.
    /// No base year: the indicator table's header, which would print it, is missing (see its finding).
    /// </summary>
    private static Plan ReadPlan(SeedText text, Doc004Copy copy)
    {
        var lines = Enumerable.Range(copy.First, copy.Last - copy.First + 1)
            .Select(n => (Line: n, Text: TextNormalizer.Normalize(text.Line(n))))
            .ToList();
        var docNumber = lines.FirstOrDefault(l => DocNumber.IsMatch(l.Text));
        var notice = lines.FirstOrDefault(l => NoticeTitle.IsMatch(l.Text));
        var title = lines.Select(l => PlanTitle.Match(l.Text)).FirstOrDefault(m => m.Success)?.Groups["title"].Value
                    ?? throw new InvalidOperationException($"文档{Doc004Layout.DocumentId}中找不到规划名称《…规划》");
        var date = lines.Select(l => IssueDate.Match(l.Text)).FirstOrDefault(m => m.Success);
        DateOnly? issued = date is null
            ? null
            : new DateOnly(Int(date.Groups["y"].Value), Int(date.Groups["m"].Value), Int(date.Groups["d"].Value));

        var jurisdiction = KnownJurisdictions.CodeOf(Jurisdiction)
                           ?? throw new InvalidOperationException($"{Jurisdiction}不在已知行政区中");
        var source = new Provenance(Doc004Layout.DocumentId, notice.Text ?? Doc004Layout.Notice,
            docNumber.Line > 0 ? docNumber.Line : copy.First);
        return new Plan(Doc004Layout.PlanId, jurisdiction, title, docNumber.Text, issued, PlanKind.FiveYearPlan,
            PeriodStart, PeriodEnd, null, source);
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
}
