using System.Text.RegularExpressions;
using EcoGov.Core;
using EcoGov.Core.Indicators;
using EcoGov.Core.Plans;
using EcoGov.Core.Projects;
using EcoGov.Core.Supervision;
using EcoGov.Core.Tasks;
using EcoGov.Core.Text;

namespace EcoGov.Documents.Seeds;

/// <summary>
/// Seed 002: 城政办发〔2023〕20号, 晋城市城区人民政府办公室 (2023-05-31), carrying three annual action
/// plans of 城区: air (空气质量再提升), water (水环境质量再提升) and soil (土壤污染防治).
/// Reads the air plan's stated targets, 附件1 monthly targets and 附件2 task ledger; the water plan's
/// stated targets, 14 tasks, 附件1 section targets and 附件2 key projects; the soil plan's stated
/// target and 14 tasks.
/// </summary>
public sealed class Doc002ChengquActionPlansExtractor : ISeedDocumentExtractor
{
    public const string AirPlanId = "chengqu-2023-air";
    public const string WaterPlanId = "chengqu-2023-water";
    public const string SoilPlanId = "chengqu-2023-soil";

    private const string DocNumber = "城政办发〔2023〕20号";
    private const string Issuer = "城区";
    private const int PlanYear = 2023;
    private const int BaseYear = 2022;
    private static readonly DateOnly Issued = new(2023, 5, 31);

    /// <summary>Plan ids and titles as printed, in document order.</summary>
    private static readonly (string Id, string Title)[] PlanTitles =
    [
        (AirPlanId, "晋城市城区空气质量再提升 2023 年行动计划"),
        (WaterPlanId, "晋城市城区水环境质量再提升 2023 年行动计划"),
        (SoilPlanId, "晋城市城区土壤污染防治 2023 年行动计划"),
    ];

    /// <summary>"抄送：…" closes the document after the last plan.</summary>
    private static readonly Regex CopyTo = new(@"^抄送[：:]", RegexOptions.Compiled);

    /// <summary>The notice title is printed in bold: "**晋城市城区人民政府办公室 … 的通知**".</summary>
    private const string BoldMark = "**";

    public string DocumentId => "002";

    public string OutputFileName => "002-chengqu-2023.json";

    public SeedDocumentData Extract(SeedText text)
    {
        var doc = new Doc002Context(text, PlanYear);
        CheckHeader(doc);
        var ranges = LocatePlans(doc);
        var plans = PlanTitles.Select(p => ToPlan(doc, p.Id, p.Title, ranges[p.Id])).ToList();

        var air = ReadAirPlan(doc, ranges[AirPlanId]);
        var water = ReadWaterPlan(doc, ranges[WaterPlanId]);
        var soilTitle = Title(SoilPlanId);
        var soilIndicators = Doc002WaterSoil.ReadStatedTargets(doc, SoilPlanId, soilTitle, ranges[SoilPlanId], PlanYear);
        var soilTasks = Doc002Tasks.ReadNumbered(doc, SoilPlanId, soilTitle, ranges[SoilPlanId]);

        var tasks = air.Tasks.Concat(water.Tasks).Concat(soilTasks).ToList();
        Doc002Tasks.CheckDueBeforeIssue(doc, tasks, water.Projects, Issued);
        Doc002Tasks.CheckUnitNames(doc, UnitUses(tasks, water.Projects));

        // Issue 9: unit names in one form (after the check above has reported the printed forms), the air measures
        // without a ledger row, the units the measures add to rows, recurring duties, the rules and the prose indicator.
        var airTitle = Title(AirPlanId);
        tasks = tasks.Select(NormalizeUnits).ToList();
        var proseTasks = Doc002Supervision.ProseTasks(doc, ranges[AirPlanId], airTitle, tasks);
        var additions = Doc002Supervision.UnitAdditions(doc, ranges[AirPlanId], airTitle, tasks);
        tasks = [.. tasks.Where(t => t.PlanId == AirPlanId), .. proseTasks, .. tasks.Where(t => t.PlanId != AirPlanId)];
        var indicators = new List<Indicator>([.. air.Indicators, .. water.Indicators, .. soilIndicators]);
        var proseIndicators = SeedProse.ReadIndicators(text, Doc002Supervision.Indicators, indicators, doc.Findings);
        indicators.InsertRange(air.Indicators.Count, proseIndicators);

        return new SeedDocumentData
        {
            Document = new SourceDocument(text.Id, text.FileName, NoticeTitle(doc), text.Sha256),
            Plans = plans,
            Indicators = indicators,
            Tasks = tasks,
            Projects = water.Projects,
            AirTargets = air.Monthly,
            SectionTargets = water.Sections,
            Findings = doc.Findings,
            SupervisionRules = SeedProse.ReadRules(text, Doc002Supervision.Rules, doc.Findings),
            TaskDuties = SeedProse.ReadDuties(text, tasks),
            TaskUnitAdditions = additions,
        };
    }

    private sealed record AirPart(IReadOnlyList<Indicator> Indicators, IReadOnlyList<MonthlyAirTarget> Monthly, IReadOnlyList<PlanTask> Tasks);

    private sealed record WaterPart(
        IReadOnlyList<Indicator> Indicators, IReadOnlyList<PlanTask> Tasks,
        IReadOnlyList<WaterSectionTarget> Sections, IReadOnlyList<KeyProject> Projects);

    private static AirPart ReadAirPlan(Doc002Context doc, Doc002Range range)
    {
        var monthly = Attachment(doc, range, 1, AirPlanId) is { } a1 ? Doc002AirTargets.ReadMonthly(doc, AirPlanId, a1) : [];
        var stated = Doc002AirTargets.ReadStated(doc, AirPlanId, range, PlanYear);
        Doc002AirTargets.CompareStatedWithAnnex(doc, stated, monthly);
        var ledger = Attachment(doc, range, 2, AirPlanId) is { } a2 ? Doc002Tasks.ReadLedger(doc, AirPlanId, a2) : [];
        return new AirPart(stated.Select(s => s.Indicator).ToList(), monthly, ledger);
    }

    private static WaterPart ReadWaterPlan(Doc002Context doc, Doc002Range range)
    {
        var title = Title(WaterPlanId);
        var indicators = Doc002WaterSoil.ReadStatedTargets(doc, WaterPlanId, title, range, PlanYear);
        var tasks = Doc002Tasks.ReadNumbered(doc, WaterPlanId, title, range);
        var sections = Attachment(doc, range, 1, WaterPlanId) is { } a1
            ? Doc002WaterSoil.ReadSectionTargets(doc, WaterPlanId, a1, PlanYear) : [];
        Doc002WaterSoil.CompareSectionTargets(doc, indicators, sections);
        var projects = Attachment(doc, range, 2, WaterPlanId) is { } a2
            ? Doc002WaterSoil.ReadKeyProjects(doc, WaterPlanId, a2) : [];
        return new WaterPart(indicators, tasks, sections, projects);
    }

    private static Doc002Table? Attachment(Doc002Context doc, Doc002Range range, int number, string planId)
    {
        var table = doc.ReadAttachment(range, number);
        if (table is null)
            doc.Add(FindingKind.Damaged, $"《{Title(planId)}》未找到附件{number}。", doc.At(Title(planId), range.First));
        return table;
    }

    private static string Title(string planId) => TextNormalizer.Normalize(PlanTitles.Single(p => p.Id == planId).Title);

    /// <summary>
    /// Each plan's body starts at the line that is exactly its title (the notice only cites the titles
    /// inside 《》) and runs to the next plan's title, the last one to "抄送" or the end.
    /// </summary>
    private static Dictionary<string, Doc002Range> LocatePlans(Doc002Context doc)
    {
        var starts = PlanTitles.Select(p =>
        {
            var title = TextNormalizer.Normalize(p.Title);
            var line = doc.FindExact(doc.All, title)
                       ?? throw new InvalidDataException($"002: plan title not found: {title}");
            return (p.Id, Line: line);
        }).ToList();
        var end = doc.FindLine(doc.All, CopyTo) is int copy ? copy - 1 : doc.Text.Lines.Count;
        var ranges = new Dictionary<string, Doc002Range>();
        for (int i = 0; i < starts.Count; i++)
            ranges[starts[i].Id] = new Doc002Range(starts[i].Line, i + 1 < starts.Count ? starts[i + 1].Line - 1 : end);
        return ranges;
    }

    private static Plan ToPlan(Doc002Context doc, string id, string title, Doc002Range range) =>
        new(id, KnownJurisdictions.CodeOf(Issuer)!, TextNormalizer.Normalize(title), DocNumber, Issued,
            PlanKind.AnnualActionPlan, PlanYear, PlanYear, BaseYear, doc.At(TextNormalizer.Normalize(title), range.First));

    /// <summary>The document number and issue date printed at the head must be the ones this extractor assigns.</summary>
    private static void CheckHeader(Doc002Context doc)
    {
        if (!doc.Text.Find(DocNumber).Any())
            doc.Add(FindingKind.Damaged, $"文中未找到文号“{DocNumber}”。", doc.At("文头", 1));
        var date = $"{Issued.Year}年{Issued.Month}月{Issued.Day}日";
        if (!Enumerable.Range(1, doc.Text.Lines.Count).Any(n => doc.Norm(n).Replace(" ", "").StartsWith(date, StringComparison.Ordinal)))
            doc.Add(FindingKind.Damaged, $"文中未找到成文日期“{date}”。", doc.At("文头", 1));
    }

    /// <summary>The bold notice title, joined over its lines.</summary>
    private static string NoticeTitle(Doc002Context doc)
    {
        var parts = new List<string>();
        for (int n = 1; n <= doc.Text.Lines.Count; n++)
        {
            var line = doc.Text.Line(n).Trim();
            if (parts.Count == 0 && !line.StartsWith(BoldMark, StringComparison.Ordinal)) continue;
            parts.Add(line.Replace(BoldMark, ""));
            if (line.EndsWith(BoldMark, StringComparison.Ordinal) && (parts.Count > 1 || line.Length > 2 * BoldMark.Length)) break;
        }
        return TextNormalizer.Normalize(string.Concat(parts));
    }

    private static PlanTask NormalizeUnits(PlanTask t) => t with
    {
        LeadUnits = t.LeadUnits.Select(DepartmentNames.Normalize).ToList(),
        CooperatingUnits = t.CooperatingUnits.Select(DepartmentNames.Normalize).ToList(),
    };

    private static IEnumerable<(string Unit, Provenance Source)> UnitUses(IEnumerable<PlanTask> tasks, IEnumerable<KeyProject> projects) =>
        tasks.SelectMany(t => t.LeadUnits.Concat(t.CooperatingUnits).Select(u => (u, t.Source)))
            .Concat(projects.SelectMany(p => Doc002Tasks.SplitUnits(p.LeadUnit ?? "").Select(u => (u, p.Source))));
}
