using EcoGov.Application.Dashboard;
using EcoGov.Core.Monitoring;
using EcoGov.Data;

namespace EcoGov.Application.Demo;

/// <summary>
/// The demonstration data operations over the host's store, as the hosts call them (registered by
/// <see cref="ApplicationServices.AddEcoGovApplication"/>, so a command asks for the operation, not for the context):
/// <c>demo province</c> (<see cref="ProvinceDemoService"/>) and the dashboard's 示意数据 (<see cref="DemoMonitoringData"/>).
/// </summary>
public sealed class DemoDataService(EcoGovDbContext db, EcoGovPaths paths)
{
    /// <inheritdoc cref="ProvinceDemoService.RunAsync"/>
    public Task<ProvinceDemoDto> ProvinceAsync(ProvinceDemoRequest request, Action<string>? log = null,
        IProgress<ImportProgress>? progress = null, CancellationToken ct = default) =>
        ProvinceDemoService.RunAsync(db, paths, request, log, progress, ct);

    /// <inheritdoc cref="DemoMonitoringData.EnsureAsync"/>
    public Task<DemoDataResult> EnsureDashboardDataAsync(CancellationToken ct = default) => DemoMonitoringData.EnsureAsync(db, ct);
}
