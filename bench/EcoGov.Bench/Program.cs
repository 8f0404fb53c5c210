using BenchmarkDotNet.Running;

if (args is ["air-breakdown", ..])
{
    EcoGov.Bench.AirEvaluationBreakdown.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1700);
    return;
}
if (args is ["zoning-assess", ..])
{
    var ci = System.Globalization.CultureInfo.InvariantCulture;
    EcoGov.Bench.ZoningAssessBreakdown.Run(args.Length > 1 ? int.Parse(args[1], ci) : 40_000, args.Length > 2 ? double.Parse(args[2], ci) : 50);
    return;
}
if (args is ["load", ..])
{
    await EcoGov.Bench.LoadRun.RunAsync(args);
    return;
}
if (args is ["store-scale", ..])
{
    await EcoGov.Bench.MonitoringStoreScale.RunAsync(args);
    return;
}
if (args is ["zoning-data", ..])
{
    EcoGov.Bench.ZoningData.Run(args);
    return;
}
if (args is ["zoning-latency", ..])
{
    await EcoGov.Bench.ZoningLatency.RunAsync(args);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(EcoGov.Bench.StartupBenchmarks).Assembly).Run(args);
