using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using EcoGov.Documents.Monitoring;

namespace EcoGov.Bench;

/// <summary>
/// CSV ingest of the national hourly year with AirCsvReader.ReadHourly — the reader the CLI and the web import
/// use. The network is written once (cached in the temp directory) as files of 100 stations, since the reader
/// refuses files over 100 MB. One invocation reads every file in turn; rows/s = data rows / Mean.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class AirCsvIngestBenchmarks
{
    private IReadOnlyList<string> files = null!;

    [ParamsSource(nameof(StationCounts))]
    public int Stations { get; set; }

    public static IEnumerable<int> StationCounts() => SyntheticAirNetwork.StationCounts();

    [GlobalSetup]
    public void Setup()
    {
        var (f, rows) = SyntheticAirNetwork.WriteCsv(Stations);
        files = f;
        Console.WriteLine($"// CSV: {files.Count} file(s), {rows:N0} data rows, {files.Sum(x => new FileInfo(x).Length) / 1e6:F0} MB");
    }

    [Benchmark(Description = "AirCsvReader.ReadHourly, all files")]
    public long ReadHourly()
    {
        long rows = 0;
        foreach (var file in files)
        {
            var result = AirCsvReader.ReadHourly(file, hourEnding: false);
            if (!result.Ok) throw new InvalidOperationException(string.Join("; ", result.Errors.Take(3)));
            rows += result.Rows.Count;
        }
        return rows;
    }
}
