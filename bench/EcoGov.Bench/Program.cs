using BenchmarkDotNet.Running;

if (args is ["air-breakdown", ..])
{
    EcoGov.Bench.AirEvaluationBreakdown.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1700);
    return;
}
if (args is ["zoning-data", ..])
{
    EcoGov.Bench.ZoningData.Run(args);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(EcoGov.Bench.StartupBenchmarks).Assembly).Run(args);
