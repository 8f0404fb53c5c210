using EcoGov.Application.Air;
using EcoGov.Application.Foresight;
using EcoGov.Application.Monitoring;
using EcoGov.Application.Progress;
using EcoGov.Application.Supervision;
using EcoGov.Application;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using EcoGov.Core.Monitoring;

namespace EcoGov.Web;

/// <summary>
/// /api for monitoring data and progress: the same operations (EcoGov.Application) and JSON shapes as the CLI's
/// `monitoring stations`, `air evaluate --from-store` and `progress --from-store`. Bad input answers 400 and an unknown
/// plan 404, as problem details naming the field with the message the CLI prints (<see cref="ApplicationProblems"/>).
/// Each endpoint is a named handler with a typed result, so the OpenAPI document (/openapi/v1.json) describes it.
/// </summary>
public static class MonitoringApi
{
    public static void MapMonitoringApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization().WithApplicationProblems().WithTags("Monitoring");
        api.MapGet("/monitoring/stations", ListStations).WithName(nameof(ListStations));
        api.MapGet("/air/evaluate", EvaluateAir).WithName(nameof(EvaluateAir)).ProducesApplicationProblems();
        api.MapGet("/plans/{id}/progress", PlanProgress).WithName(nameof(PlanProgress)).ProducesApplicationProblems(notFound: true)
            .ProducesOneOf(typeof(ProgressReportDto), typeof(WaterProgressReportDto), typeof(IndicatorReportDto));
        api.MapGet("/monitoring/calendar", AirCalendar).WithName(nameof(AirCalendar)).ProducesApplicationProblems();
        api.MapGet("/monitoring/stations/{code}/series", StationSeries).WithName(nameof(StationSeries)).ProducesApplicationProblems();
        api.MapGet("/monitoring/map", MonitoringMap).WithName(nameof(MonitoringMap)).ProducesApplicationProblems();
        // the same data as .xlsx (a file, not JSON: tagged apart from the typed JSON operations)
        var files = app.MapGroup("/api").RequireAuthorization().WithApplicationProblems().WithTags("MonitoringFiles");
        files.MapGet("/air/evaluate/xlsx", EvaluateAirFile).WithName(nameof(EvaluateAirFile))
            .Produces(StatusCodes.Status200OK, typeof(byte[]), DispatchReportService.XlsxType).ProducesApplicationProblems();
        files.MapGet("/monitoring/calendar/xlsx", AirCalendarFile).WithName(nameof(AirCalendarFile))
            .Produces(StatusCodes.Status200OK, typeof(byte[]), DispatchReportService.XlsxType).ProducesApplicationProblems();
        files.MapGet("/monitoring/stations/{code}/series/xlsx", StationSeriesFile).WithName(nameof(StationSeriesFile))
            .Produces(StatusCodes.Status200OK, typeof(byte[]), DispatchReportService.XlsxType).ProducesApplicationProblems();
        api.MapGet("/plans/{id}/foresight", PlanForesight).WithName(nameof(PlanForesight)).ProducesApplicationProblems(notFound: true);
        // multipart/form-data read by the handler; with the antiforgery header (ApiAntiforgery) like every POST.
        api.MapPost("/monitoring/check", CheckRelease).WithName(nameof(CheckRelease))
            .Accepts<ReleaseCheckForm>("multipart/form-data")
            .ProducesApplicationProblems()
            .WithMetadata(new RequestSizeLimitAttribute(MaxCheckRequestBytes), new RequestFormLimitsAttribute { MultipartBodyLengthLimit = MaxCheckRequestBytes });
    }

    /// <summary>The largest release upload checked on the web (a CSV or a zip of them); larger sets go through `monitoring check`.</summary>
    public const int MaxCheckUploadBytes = 32 * 1024 * 1024;

    private const int MaxCheckRequestBytes = MaxCheckUploadBytes + 64 * 1024;

    private static readonly FormOptions CheckFormLimits = new()
    {
        MultipartBodyLengthLimit = MaxCheckRequestBytes,
        MemoryBufferThreshold = MaxCheckRequestBytes,
        BufferBodyLengthLimit = MaxCheckRequestBytes,
        ValueCountLimit = 16,
    };

    /// <summary>The form of POST /api/monitoring/check: the release (a CSV or a zip of them) in <c>file</c>.</summary>
    public sealed record ReleaseCheckForm(IFormFile? File);

    /// <summary>
    /// POST /api/monitoring/check (multipart/form-data, the release in <c>file</c>, at most 32 MB, read in memory, never
    /// written): the published figures recomputed, as `monitoring check PATH --json`.
    /// </summary>
    public static async Task<Ok<ReleaseCheckReport>> CheckRelease(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            throw new ApplicationInputException(ErrorCode.InvalidValue, "file", AppText.UploadFileAsMultipart());
        var form = await request.ReadFormAsync(CheckFormLimits, ct);
        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
        if (file is null || file.Length == 0)
            throw new ApplicationInputException(ErrorCode.Required, "file", AppText.ReleaseFileRequired());
        var (bytes, error) = await ZoningWeb.ReadUpload(file, MaxCheckUploadBytes, ct);
        if (error is not null) throw new ApplicationInputException(ErrorCode.InvalidValue, "file", error);
        return TypedResults.Ok(MonitoringReleaseService.Check(file.FileName, bytes!));
    }

    /// <summary>GET /api/monitoring/stations: the air-monitoring stations held (`monitoring stations --json`).</summary>
    public static async Task<Ok<IReadOnlyList<MonitoringStationSummary>>> ListStations(MonitoringStationService stations, CancellationToken ct) =>
        TypedResults.Ok(await stations.StationsAsync(ct));

    /// <summary>GET /api/air/evaluate: period evaluation from the store (`air evaluate --from-store --json`).</summary>
    public static async Task<Ok<AirEvaluationDto>> EvaluateAir(string? jurisdiction, string[]? station, string? from, string? to, string? standard,
        string? compare, AirEvaluationService evaluation, CancellationToken ct) =>
        TypedResults.Ok(await evaluation.EvaluateAsync(new AirEvaluationRequest(standard, from, to, compare, jurisdiction, station), ct));

    /// <summary>
    /// GET /api/plans/{id}/progress: the plan's progress from the store (`progress --plan ID --from-store --json`); by the
    /// plan's kind a <see cref="ProgressReportDto"/> (air), <see cref="WaterProgressReportDto"/> or <see cref="IndicatorReportDto"/>,
    /// serialized as its own type (the document says <c>oneOf</c> the three, <see cref="OpenApiDocument.ProducesOneOf"/>).
    /// </summary>
    public static async Task<Ok<object>> PlanProgress(string id, int? year, string? asOf, PlanProgressService progress, CancellationToken ct) =>
        TypedResults.Ok(await progress.FromStoreAsync(new PlanProgressRequest(id, year, asOf), ct));

    /// <summary>GET /api/monitoring/calendar?jurisdiction=&amp;station=&amp;year=&amp;standard=: a year of daily AQI (`monitoring calendar --json`).</summary>
    public static async Task<Ok<AirCalendarDto>> AirCalendar(string? jurisdiction, string? station, string? year, string? standard, AirCalendarService calendar, CancellationToken ct) =>
        TypedResults.Ok(await calendar.CalendarAsync(new AirCalendarRequest(jurisdiction, station, year, standard), ct));

    /// <summary>GET /api/monitoring/map?jurisdiction=&amp;asOf=: the stations and sections with their latest values (`monitoring map --json`).</summary>
    public static async Task<Ok<MonitoringMapDto>> MonitoringMap(string? jurisdiction, string? asOf, MonitoringMapService map, CancellationToken ct) =>
        TypedResults.Ok(await map.LatestAsync(new MonitoringMapRequest(jurisdiction, asOf), ct));

    /// <summary>GET /api/air/evaluate/xlsx: the evaluation's table as .xlsx (the same query as /api/air/evaluate).</summary>
    public static async Task<FileContentHttpResult> EvaluateAirFile(string? jurisdiction, string[]? station, string? from, string? to, string? standard,
        string? compare, AirEvaluationService evaluation, CancellationToken ct)
    {
        var file = await evaluation.WorkbookAsync(new AirEvaluationRequest(standard, from, to, compare, jurisdiction, station), ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>GET /api/monitoring/calendar/xlsx: the calendar's rows as .xlsx (`monitoring calendar --out F.xlsx`).</summary>
    public static async Task<FileContentHttpResult> AirCalendarFile(string? jurisdiction, string? station, string? year, string? standard, AirCalendarService calendar, CancellationToken ct)
    {
        var file = await calendar.WorkbookAsync(new AirCalendarRequest(jurisdiction, station, year, standard), ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>GET /api/monitoring/stations/{code}/series?from=&amp;to=&amp;resolution=hour|day&amp;standard=: a station's series with the limits (`monitoring series --json`).</summary>
    public static async Task<Ok<StationSeriesDto>> StationSeries(string code, string? from, string? to, string? resolution, string? standard, StationSeriesService series, CancellationToken ct) =>
        TypedResults.Ok(await series.SeriesAsync(new StationSeriesRequest(code, from, to, resolution, standard), ct));

    /// <summary>GET /api/monitoring/stations/{code}/series/xlsx: the series as .xlsx (`monitoring series --out F.xlsx`).</summary>
    public static async Task<FileContentHttpResult> StationSeriesFile(string code, string? from, string? to, string? resolution, string? standard, StationSeriesService series, CancellationToken ct)
    {
        var file = await series.WorkbookAsync(new StationSeriesRequest(code, from, to, resolution, standard), ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>GET /api/plans/{id}/foresight: 按目标倒排 of the plan's annual air targets on a date (`foresight --plan ID --as-of D --json`).</summary>
    public static async Task<Ok<ForesightReportDto>> PlanForesight(string id, string? asOf, ForesightService foresight, CancellationToken ct) =>
        TypedResults.Ok(await foresight.ComputeAsync(new ForesightRequest(id, asOf), ct));
}
