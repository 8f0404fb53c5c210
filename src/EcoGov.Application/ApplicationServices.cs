using EcoGov.Data;
using EcoGov.Data.Monitoring;
using EcoGov.Data.Queries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EcoGov.Application;

/// <summary>
/// The one registration of the application layer (issue 8 item 6): every operation a host calls, for the web's container
/// and the CLI's (<c>Store.Get</c>). The host provides the scope's <see cref="EcoGovDbContext"/>, <see cref="EcoGovPaths"/>
/// and logging; a <see cref="TimeProvider"/> and the <see cref="PlanCatalog"/> over the context are added when missing.
/// </summary>
public static class ApplicationServices
{
    public static IServiceCollection AddEcoGovApplication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<PlanCatalog>();
        services.TryAddScoped<MonitoringStoreQuery>();
        services.TryAddScoped<Plans.PlanCatalogService>();
        services.TryAddScoped<Air.AirEvaluationService>();
        services.TryAddScoped<Progress.PlanProgressService>();
        services.TryAddScoped<Foresight.ForesightService>();
        services.TryAddScoped<Foresight.ForesightBacktestService>();
        services.TryAddScoped<Monitoring.MonitoringStationService>();
        services.TryAddScoped<Monitoring.AirCalendarService>();
        services.TryAddScoped<Monitoring.MonitoringMapService>();
        services.TryAddScoped<Monitoring.StationSeriesService>();
        services.TryAddScoped<Monitoring.MonitoringImportService>();
        services.TryAddScoped<Monitoring.MonitoringReleaseService>();
        services.TryAddScoped<Zoning.ZoningLayerService>();
        services.TryAddSingleton<Zoning.ZoningSnapshotCache>();
        services.TryAddScoped<Zoning.SiteAssessmentService>();
        services.TryAddScoped<Public.PublicPrecheckService>();
        services.TryAddScoped<Audit.PlanAuditService>();
        services.TryAddScoped<Demo.DemoDataService>();
        services.TryAddScoped<Operations.StoreBackupService>();
        return Supervision.SupervisionServices.AddSupervision(services);
    }
}
