using EcoGov.Core;
using EcoGov.Core.Supervision;
using EcoGov.Core.Text;
using EcoGov.Data.Queries;
using EcoGov.Reports.Spreadsheets;
using EcoGov.Reports.Supervision;

namespace EcoGov.Application.Supervision;

/// <summary>`report dispatch --plan ID --as-of D --out F.docx|F.xlsx` / GET /api/plans/{id}/dispatch-report?asOf=&amp;format=docx|xlsx.</summary>
public sealed record DispatchReportRequest(string? Plan, string? AsOf, string? Format)
{
    public const string FormatField = "format";
}

/// <summary>A rendered file: bytes, content type and a file name to offer.</summary>
public sealed record RenderedFile(byte[] Content, string ContentType, string FileName)
{
    /// <summary>A workbook of the given sheets (<see cref="Workbook"/>) as an .xlsx file to offer.</summary>
    public static RenderedFile Xlsx(IReadOnlyList<Sheet> sheets, string fileName)
    {
        using var ms = new MemoryStream();
        Workbook.Write(ms, sheets);
        return new RenderedFile(ms.ToArray(), DispatchReportService.XlsxType, fileName);
    }
}

/// <summary>
/// 月度调度通报 (issue 10 item 3): the ledger's counts by lead department and state, the overdue, due-soon and unreported
/// tasks, the air targets against 序时进度, the warning candidates and the 预警函 issued for the period, composed from
/// <see cref="TaskLedgerService"/>, <see cref="WarningService"/> and <see cref="WarningLetterService"/> and laid out by <see cref="DispatchReport"/> as .docx or .xlsx.
/// </summary>
public sealed class DispatchReportService(TaskLedgerService ledger, WarningService warnings, WarningLetterService letters, PlanCatalog catalog,
    EcoGov.Application.Foresight.ForesightService foresight)
{
    public const string Docx = "docx", Xlsx = "xlsx";
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly TaskState[] Listed = [TaskState.Overdue, TaskState.DueSoon, TaskState.NotReported];

    public async Task<DispatchReportData> DataAsync(Actor actor, string? plan, string? asOf, CancellationToken ct = default)
    {
        var l = await ledger.LedgerAsync(actor, new LedgerRequest(plan, asOf), ct);
        var w = await warnings.CandidatesAsync(actor, l, ct);
        var jurisdiction = (await catalog.JurisdictionAsync(l.Plan.JurisdictionCode, ct))?.Name ?? l.Plan.JurisdictionCode;
        var states = Enum.GetValues<TaskState>();
        var units = l.Rows.SelectMany(r => r.LeadDepartments.Select(u => (Unit: u, r.State))).GroupBy(x => x.Unit)
            .Select(g => new DispatchUnitRow(g.Key, Count(g, TaskState.Completed), Count(g, TaskState.OnSchedule), Count(g, TaskState.DueSoon),
                Count(g, TaskState.Overdue), Count(g, TaskState.Ongoing), Count(g, TaskState.NotReported)))
            .OrderByDescending(u => u.Overdue).ThenByDescending(u => u.NotReported).ThenBy(u => u.Unit, StringComparer.Ordinal).ToList();
        return new DispatchReportData(
            l.Plan.Id, l.Plan.Title, $"〔{l.AsOf.Year}〕  号", $"{jurisdiction}生态环境保护委员会办公室", w.Period, l.AsOf, l.Rows.Count,
            [.. states.Select(s => (SupervisionNames.Of(s), l.Rows.Count(r => r.State == s)))],
            units,
            [.. l.Rows.Where(r => Listed.Contains(r.State)).OrderBy(r => Array.IndexOf(Listed, r.State)).ThenBy(r => r.Task.Seq)
                .Select(r => new DispatchTaskRow(r.Task.Seq, r.Task.Text, string.Join("、", r.Task.LeadUnits), r.Task.Deadline?.Text ?? "", r.StateName, r.Reason))],
            [.. w.Candidates.Select(c => new DispatchWarningRow(c.Unit, c.Level, string.Join("；", c.Reasons.Select(r => $"{r.Message}（{r.Evidence}）"))))],
            [.. w.Notes.Select(n => n.Split(" / ")[0])],
            [.. w.Figures.Select(f => new DispatchTargetRow(f.Pollutant, f.Period, f.Actual, f.Target, f.Unit,
                f.Over ? "未达标" : f.Behind ? "滞后于序时进度" : "达到序时进度", f.IsClass))],
            [.. (await letters.OfPeriodAsync(l.Plan.Id, w.Period, ct))
                .Select(x => new DispatchLetterRow(x.Number, x.Unit, x.Level, x.IssuedOn, x.ReplyBy, x.StateName))],
            await ForesightLinesAsync(l.Plan.Id, l.AsOf, ct));
    }

    /// <summary>
    /// The 倒排 figures quoted in section 四 (issue 14 item 4): for each of 附件1's 全年 air targets, what the rest of the year
    /// must achieve and the projection, as `foresight --plan … --as-of …` gives them; none for a plan without annual air
    /// targets for the year.
    /// </summary>
    private async Task<List<string>> ForesightLinesAsync(string planId, DateOnly asOf, CancellationToken ct)
    {
        if (!(await catalog.AirTargetsAsync(planId, ct) ?? []).Any(t => t.Month is null && t.Year == asOf.Year)
            && !(await catalog.SectionTargetsAsync(planId, ct) ?? []).Any(t => t.Target.Year is null || t.Target.Year == asOf.Year)) return [];
        var report = await foresight.ComputeAsync(new EcoGov.Application.Foresight.ForesightRequest(planId, Core.CalendarDate.ToText(asOf)), ct);
        return [.. report.Targets.Where(t => t.Source == "附件1 全年").Select(t =>
            string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{t.Indicator}（目标 {t.Target} {t.Unit}，至今 {(t.SoFar is double v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "无数据")}）：{t.Required.Text}；{(t.Required.ByMonth is { } split ? split.Text.Format(Message.Chinese) + "；" : "")}{t.Projection.Text.Format(Message.Chinese)}。")),
            .. report.Sections.Select(x =>
                $"{x.Section}断面（目标 {(x.TargetClass is { } tc ? tc + " 类" : x.TargetText)}，至今 {(x.ClassSoFar is { } cs ? cs + " 类" : "无数据")}）：{x.Text}。")];
    }

    public async Task<RenderedFile> RenderAsync(Actor actor, DispatchReportRequest request, CancellationToken ct = default)
    {
        var format = RequestValues.Absent(request.Format) ? Docx : request.Format!.Trim().TrimStart('.').ToLowerInvariant();
        if (format is not (Docx or Xlsx))
            throw new ApplicationInputException(ErrorCode.InvalidValue, DispatchReportRequest.FormatField, AppText.FormatMustBeDocxOrXlsx());
        var data = await DataAsync(actor, request.Plan, request.AsOf, ct);
        using var ms = new MemoryStream();
        if (format == Docx) DispatchReport.WriteDocx(ms, data);
        else DispatchReport.WriteXlsx(ms, data);
        return new RenderedFile(ms.ToArray(), format == Docx ? DocxType : XlsxType, $"{data.PlanId}-调度通报-{data.Period}.{format}");
    }

    private static int Count(IEnumerable<(string Unit, TaskState State)> rows, TaskState state) => rows.Count(r => r.State == state);
}
