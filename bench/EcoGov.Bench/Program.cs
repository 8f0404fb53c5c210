using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(EcoGov.Bench.StartupBenchmarks).Assembly).Run(args);
