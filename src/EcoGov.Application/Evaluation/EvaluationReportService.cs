using EcoGov.Application.Supervision;
using EcoGov.Core.Indicators;
using EcoGov.Core.Progress;
using EcoGov.Reports.Evaluation;

namespace EcoGov.Application.Evaluation;

/// <summary>`report evaluation --plan ID --year Y [--term mid|end] [--as-of D] --out F.xlsx|F.docx` / GET /api/plans/{id}/evaluation-report?year=&amp;format=.</summary>
public sealed record EvaluationReportRequest(string? Plan, int? Year, string? AsOf, string? Term, string? Format)
{
    public const string FormatField = "format";
}

/// <summary>
/// The 指标评估表 (.xlsx) and the evaluation report (.docx) of a plan and year (issue 10 item 3), composed from
/// <see cref="IndicatorEvaluationService"/> (same rows, same order: binding indicators first) and laid out by
/// <see cref="EvaluationReport"/>.
/// </summary>
public sealed class EvaluationReportService(IndicatorEvaluationService evaluation)
{
    private static readonly ProgressStatus[] Order =
        [ProgressStatus.Achieved, ProgressStatus.OnTrack, ProgressStatus.Lagging, ProgressStatus.NotAchieved, ProgressStatus.CannotJudge];

    public static EvaluationReportData Data(IndicatorEvaluationReport r) => new(
        r.Plan, r.PlanTitle, $"{r.JurisdictionName}生态环境保护委员会办公室", $"〔{r.Year}〕  号", r.Year,
        r.Term switch { IndicatorEvaluationService.Mid => "中期", IndicatorEvaluationService.End => "终期", _ => null },
        DateOnly.ParseExact(r.AsOf, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), r.YearOver,
        [.. Order.Select(s => (ProgressEvaluator.Display(s), r.Rows.Count(x => x.Status == s)))],
        [.. r.Rows.Select(x => new EvaluationReportRow(x.Seq, x.Category, x.Name, x.Unit ?? "", x.Baseline ?? "", TargetCell(x), x.Attribute ?? "",
            x.Actual, x.ActualText ?? "—", SourceCell(x), x.StatusText, BasisCell(x), x.Attribute == "约束性"))],
        r.Notes);

    /// <summary>The target as printed, with the year used when it is not the evaluated one.</summary>
    private static string TargetCell(IndicatorEvaluationRow x) => x.TargetText is null ? "—" : x.TargetText;

    private static string SourceCell(IndicatorEvaluationRow x) => x.ActualSource switch
    {
        ActualSource.Computed => "平台计算：" + x.ActualBasis,
        ActualSource.Entered => x.ActualBasis ?? "录入",
        _ => "无",
    };

    private static string BasisCell(IndicatorEvaluationRow x) =>
        string.Join("；", new[] { x.Resolution, x.Arithmetic.Format(EcoGov.Core.Text.Message.Chinese), x.DirectionRule?.Format(EcoGov.Core.Text.Message.Chinese) }.Where(s => !string.IsNullOrEmpty(s)));

    public async Task<RenderedFile> RenderAsync(Actor actor, EvaluationReportRequest request, CancellationToken ct = default)
    {
        var format = RequestValues.Absent(request.Format) ? DispatchReportService.Xlsx : request.Format!.Trim().TrimStart('.').ToLowerInvariant();
        if (format is not (DispatchReportService.Docx or DispatchReportService.Xlsx))
            throw new ApplicationInputException(ErrorCode.InvalidValue, EvaluationReportRequest.FormatField, AppText.FormatMustBeDocxOrXlsx());
        var report = await evaluation.EvaluateAsync(actor, new IndicatorEvaluationRequest(request.Plan, request.Year, request.AsOf, request.Term), ct);
        var data = Data(report);
        using var ms = new MemoryStream();
        if (format == DispatchReportService.Docx) EvaluationReport.WriteDocx(ms, data);
        else EvaluationReport.WriteXlsx(ms, data);
        var name = format == DispatchReportService.Docx ? "指标评估报告" : "指标评估表";
        return new RenderedFile(ms.ToArray(), format == DispatchReportService.Docx ? DispatchReportService.DocxType : DispatchReportService.XlsxType,
            $"{report.Plan}-{name}-{report.Year}{(data.Term is { } t ? "-" + t : "")}.{format}");
    }
}
