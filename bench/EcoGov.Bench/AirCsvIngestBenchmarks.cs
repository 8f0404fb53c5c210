using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using System.Globalization;
using System.Text;
using EcoGov.Core.Air;
using EcoGov.Ingest.Monitoring;

namespace EcoGov.Bench;

/// <summary>
/// CSV ingest of the national hourly year with AirCsvReader.ReadHourly — the reader the CLI and the web import
/// use. The network is written once (cached in the temp directory) as files of 100 stations, since the reader
/// refuses files over 100 MB. One invocation reads every file in turn; rows/s = data rows / Mean.
/// Stations: <c>ECOGOV_BENCH_INGEST_STATIONS</c>, default 170 (a tenth of the network, 2 files — the reader is
/// linear per file, and the full network would take minutes per iteration). Besides the reader: reading the text
/// alone, the RFC 4180 tokenizer alone (CsvRecords.Parse), and a straightforward baseline parser
/// (string.Split, DateTime.ParseExact, double.Parse into the same AirHourlyRecord, no validation messages), to show
/// whether the reader is limited by parsing or by allocation.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class AirCsvIngestBenchmarks
{
    private IReadOnlyList<string> files = null!;

    [ParamsSource(nameof(StationCounts))]
    public int Stations { get; set; }

    public static IEnumerable<int> StationCounts() =>
        [int.TryParse(Environment.GetEnvironmentVariable("ECOGOV_BENCH_INGEST_STATIONS"), out var n) && n > 0 ? n : 170];

    [GlobalSetup]
    public void Setup()
    {
        var (f, rows) = SyntheticAirNetwork.WriteCsv(Stations);
        files = f;
        Console.WriteLine($"// CSV: {files.Count} file(s), {rows:N0} data rows, {files.Sum(x => new FileInfo(x).Length) / 1e6:F0} MB");
    }

    [Benchmark(Description = "read text only (StreamReader.ReadToEnd)")]
    public long ReadText()
    {
        long chars = 0;
        foreach (var file in files)
        {
            using var reader = new StreamReader(file, new UTF8Encoding(false, true), true);
            chars += reader.ReadToEnd().Length;
        }
        return chars;
    }

    [Benchmark(Description = "tokenize only (CsvRecords.Parse)")]
    public long Tokenize()
    {
        long rows = 0;
        foreach (var file in files)
            foreach (var _ in CsvRecords.Parse(File.ReadAllText(file))) rows++;
        return rows;
    }

    [Benchmark(Baseline = true, Description = "straightforward: Split + ParseExact + double.Parse")]
    public long Straightforward()
    {
        long rows = 0;
        foreach (var file in files)
        {
            var list = new List<AirHourlyRecord>();
            foreach (var line in File.ReadLines(file).Skip(1))
            {
                var f = line.Split(',');
                double? V(int i) => f[i].Length == 0 ? null : double.Parse(f[i], CultureInfo.InvariantCulture);
                list.Add(new AirHourlyRecord(f[0], DateTime.ParseExact(f[1], "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), V(2), V(3), V(4), V(5), V(6), V(7)));
            }
            rows += list.Count;
        }
        return rows;
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
