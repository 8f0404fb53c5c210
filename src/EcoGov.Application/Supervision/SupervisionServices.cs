using EcoGov.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EcoGov.Application.Supervision;

/// <summary>The supervision operations for a host's container (the web's, and the CLI's per command).</summary>
public static class SupervisionServices
{
    /// <summary>
    /// Registers the supervision services (scoped, over the scope's <see cref="EcoGovDbContext"/>). The host provides
    /// the context, <see cref="EcoGovPaths"/>, <see cref="Data.Queries.PlanCatalog"/> and logging; a <see cref="TimeProvider"/>
    /// is added when none is.
    /// </summary>
    public static IServiceCollection AddSupervision(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<Users.UserAccounts>();
        services.TryAddScoped<Data.Monitoring.MonitoringStoreQuery>();
        services.TryAddScoped<Progress.PlanProgressService>();
        services.TryAddScoped<Foresight.ForesightService>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<PlanAccess>();
        services.AddScoped<ActorDirectory>();
        services.AddScoped<ReportSubjects>();
        services.AddScoped(sp => new EvidenceStorage(
            EcoGovDatabase.EvidenceDirectory(sp.GetRequiredService<EcoGovDbContext>(), sp.GetRequiredService<EcoGovPaths>())));
        services.AddScoped<ProgressReportService>();
        services.AddScoped<TaskLedgerService>();
        services.AddScoped<WarningService>();
        services.AddScoped<SupervisionSettingsService>();
        services.AddScoped<DispatchReportService>();
        services.AddScoped<WarningLetterService>();
        services.AddScoped<DepartmentDirectory>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<Evaluation.IndicatorEvaluationService>();
        services.AddScoped<Evaluation.EvaluationReportService>();
        services.AddScoped<Plans.PlanWorkbookService>();
        services.TryAddSingleton<Dashboard.DashboardCache>();
        services.AddScoped<Dashboard.DashboardService>();
        return services;
    }
}
