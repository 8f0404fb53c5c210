using System.Globalization;
using EcoGov.Application.Plans;
using EcoGov.Core.Plans;
using EcoGov.Data.Monitoring;
using EcoGov.Data.Queries;
using EcoGov.Core;

namespace EcoGov.Application.Progress;

/// <summary>
/// Progress of a plan as a host receives the request: the plan's id (<c>plan</c>), optionally the year of the data
/// (<c>year</c>) and the evaluation date (<c>asOf</c>, <c>yyyy-MM-dd</c>, as the user typed it).
/// </summary>
public sealed record PlanProgressRequest(string? Plan, int? Year = null, string? AsOf = null)
{
    // The request's field names, as the web's query parameters (the CLI's options are --plan, --year, --as-of).
    public const string PlanField = "plan";
    public const string YearField = "year";
    public const string AsOfField = "asOf";
}

/// <summary>A checked <see cref="PlanProgressRequest"/>: the plan, its kind of report, the year and the date.</summary>
public sealed record PlanProgressSelection(Plan Plan, ProgressReportKind Kind, int? Year, DateOnly? AsOf);

/// <summary>
/// A plan's progress against its targets from the monitoring store: the one operation behind `progress --from-store`
/// (and `progress` of a plan with stated indicators only), /api/plans/{id}/progress and the 目标进度 page. The report
/// itself is composed by <see cref="PlanProgressReports"/>; an unknown plan is <see cref="ErrorCode.NotFound"/>.
/// </summary>
public sealed class PlanProgressService(PlanCatalog catalog, MonitoringStoreQuery store, TimeProvider clock)
{
    /// <summary>The years a request may name: those of a typed date (<see cref="CalendarDate"/>).</summary>
    public const int MinYear = CalendarDate.MinYear, MaxYear = CalendarDate.MaxYear;

    /// <summary>Checks the values that need no store (year, then asOf), so a host can refuse them before opening it.</summary>
    public static (int? Year, DateOnly? AsOf) CheckValues(PlanProgressRequest request)
    {
        if (request.Year is < MinYear or > MaxYear)
            throw new ApplicationInputException(ErrorCode.OutOfRange, PlanProgressRequest.YearField,
                AppText.ProgressYearOutOfRange(MinYear, MaxYear, request.Year));
        var asOf = RequestValues.OptionalDate(request.AsOf, PlanProgressRequest.AsOfField, AppText.LabelEvaluationAsOf);
        return (request.Year, asOf);
    }

    /// <summary>Checks the request: year, asOf, then the plan (unknown → <see cref="ErrorCode.NotFound"/>, listing the plans there are).</summary>
    public async Task<PlanProgressSelection> CheckAsync(PlanProgressRequest request, CancellationToken ct = default)
    {
        var (year, asOf) = CheckValues(request);
        if (RequestValues.Absent(request.Plan))
            throw new ApplicationInputException(ErrorCode.Required, PlanProgressRequest.PlanField, AppText.PlanIdRequired());
        var plan = await catalog.PlanAsync(request.Plan!, ct) ?? throw await PlanCatalogService.UnknownPlanAsync(catalog, request.Plan, ct);
        return new PlanProgressSelection(plan, await PlanProgressReports.KindOfAsync(catalog, plan.Id, ct), year, asOf);
    }

    /// <summary>
    /// The plan's report from the store: stations and sections of the plan's jurisdiction (and below it), the data of
    /// the year when given. One of <see cref="ProgressReportDto"/>, <see cref="WaterProgressReportDto"/>,
    /// <see cref="IndicatorReportDto"/> (JSON as `progress --json`).
    /// </summary>
    public async Task<object> FromStoreAsync(PlanProgressRequest request, CancellationToken ct = default) =>
        await FromStoreAsync(await CheckAsync(request, ct), ct);

    /// <summary>
    /// `progress --input`: the plan's report from a file instead of the store — an air plan's from an hourly file
    /// (<paramref name="hourEnding"/>: its time labels the hour's end; the hours of the selection's year only, when
    /// given), a water plan's from a water-sample CSV with section and date columns; stations and sections ordered as the
    /// store orders them, so a file and its import report alike. A plan with stated indicators only reads no file.
    /// </summary>
    public async Task<object> FromFileAsync(PlanProgressSelection selection, string path, bool hourEnding, CancellationToken ct = default)
    {
        var (plan, kind, year, asOf) = selection;
        return kind switch
        {
            ProgressReportKind.Air => await PlanProgressReports.AirAsync(catalog, plan.Id, Monitoring.MonitoringFiles.StationSeriesOf(path, hourEnding, year), asOf, ChinaTime.Today(clock), ct),
            ProgressReportKind.Water => await PlanProgressReports.WaterAsync(catalog, plan.Id, Monitoring.MonitoringFiles.SectionsOf(path), year, asOf, ChinaTime.Today(clock), ct),
            _ => await FromStoreAsync(selection, ct),
        };
    }

    /// <inheritdoc cref="FromStoreAsync(PlanProgressRequest, CancellationToken)"/>
    public async Task<object> FromStoreAsync(PlanProgressSelection selection, CancellationToken ct = default)
    {
        var (plan, kind, year, asOf) = selection;
        DateOnly? from = year is int y ? new DateOnly(y, 1, 1) : null, to = year is int y2 ? new DateOnly(y2, 12, 31) : null;
        return kind switch
        {
            ProgressReportKind.Air => await PlanProgressReports.AirAsync(catalog, plan.Id, (await store.AirDaysAsync(plan.JurisdictionCode, null, from, to, ct)).Select(s => s.Series).ToList(), asOf, ChinaTime.Today(clock), ct),
            ProgressReportKind.Water => await PlanProgressReports.WaterAsync(catalog, plan.Id, await store.WaterSamplesAsync(plan.JurisdictionCode, null, year, ct), year, asOf, ChinaTime.Today(clock), ct),
            _ => (object)await PlanProgressReports.IndicatorsAsync(catalog, plan.Id, year, asOf, ChinaTime.Today(clock), ct),
        };
    }
}
