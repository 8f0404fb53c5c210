using System.Globalization;
using System.Text;
using EcoGov.Core.Air;

namespace EcoGov.Bench;

/// <summary>
/// A deterministic synthetic national monitoring network: <c>stations</c> × every hour of <see cref="Year"/>
/// (8,760 hours), seeded per station so station k is the same whatever N is. Shapes: winter-high particulates,
/// SO2, NO2 and CO; summer-high O3 with an afternoon peak; NO2/CO rush-hour peaks; AR(1) log-normal noise;
/// winter haze episodes of 2–5 days (PM2.5 well above 150, AQI over 200); occasional SO2 spikes.
/// Gaps: ~3 % of hours missing at random, 0–3 multi-hour outages (4–96 h) per station, ~0.5 % single empty cells.
/// Values rounded as stations publish them: µg/m³ integers, CO (mg/m³) one decimal.
/// </summary>
public static class SyntheticAirNetwork
{
    public const int Year = 2027;
    public const int Seed = 20261125;
    public const int StationsPerCsvFile = 100; // AirCsvReader refuses files over 100 MB; 100 station-years ≈ 40 MB

    public static readonly DateOnly From = new(Year, 1, 1);
    public static readonly DateOnly To = new(Year, 12, 31);

    public static string StationId(int k) => $"S{k + 1:0000}";

    public static HourlyObservation[][] Generate(int stations)
    {
        var result = new HourlyObservation[stations][];
        Parallel.For(0, stations, k => result[k] = Station(k));
        return result;
    }

    public static HourlyObservation[] Station(int k)
    {
        var rng = new Random(Seed + k * 7919);
        double urban = 0.6 + rng.NextDouble();         // station level: rural 0.6 .. urban 1.6
        double north = 0.7 + 0.8 * rng.NextDouble();   // heating-season strength
        var start = new DateTime(Year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        int hours = (To.DayNumber - From.DayNumber + 1) * 24;

        var missing = new bool[hours];
        int outages = rng.Next(0, 4);
        for (int g = 0; g < outages; g++)
        {
            int len = rng.Next(4, 97), at = rng.Next(0, hours - len);
            for (int i = at; i < at + len; i++) missing[i] = true;
        }

        double[] noise = new double[6];
        double episode = 1;
        int episodeLeft = 0;
        var list = new List<HourlyObservation>(hours);
        for (int i = 0; i < hours; i++)
        {
            for (int p = 0; p < 6; p++) noise[p] = 0.9 * noise[p] + 0.15 * Gaussian(rng);
            var t = start.AddHours(i);
            int h = t.Hour;
            double doy = t.DayOfYear;
            double winter = Math.Cos(2 * Math.PI * (doy - 15) / 365); // +1 mid-January, −1 mid-July
            if (h == 0)
            {
                if (episodeLeft > 0) episodeLeft--;
                else if (rng.NextDouble() < 0.02 * Math.Max(0, winter) * north) { episodeLeft = rng.Next(2, 6); episode = 2.5 + 2.5 * rng.NextDouble(); }
                if (episodeLeft == 0) episode = 1;
            }
            if (missing[i] || rng.NextDouble() < 0.03) continue;

            double rush = 1 + 0.45 * Math.Exp(-(h - 8) * (h - 8) / 4.0) + 0.55 * Math.Exp(-(h - 20) * (h - 20) / 6.0) - 0.25 * Math.Exp(-(h - 14) * (h - 14) / 8.0);
            double sun = h is >= 8 and <= 20 ? Math.Pow(Math.Sin(Math.PI * (h - 8) / 12), 1.5) : 0;
            double pmDiurnal = 1 + 0.2 * Math.Cos(2 * Math.PI * (h - 22) / 24);
            double heat = 1 + 0.45 * north * Math.Max(winter, -0.3);

            double so2 = 11 * urban * (1 + 0.6 * north * Math.Max(winter, 0)) * rush * Math.Exp(noise[0]) * Math.Sqrt(episode);
            if (rng.NextDouble() < 0.0005) so2 *= 12; // industrial spike
            double no2 = 22 * urban * (1 + 0.25 * winter) * rush * Math.Exp(noise[1]) * (1 + 0.3 * (episode - 1) / 4);
            double co = 0.7 * urban * heat * rush * Math.Exp(noise[2]) * Math.Sqrt(episode);
            double o3 = 54 * (1.6 - 0.4 * urban) * (1 - 0.55 * winter) * (0.35 + 1.15 * sun) * Math.Exp(noise[3]);
            double pm25 = 22 * urban * heat * pmDiurnal * Math.Exp(noise[4]) * episode;
            double pm10 = pm25 * (1.45 + 0.3 * Math.Exp(noise[5]) * (winter < 0 ? 1.4 : 1));

            list.Add(new HourlyObservation(t,
                Cell(rng, Math.Round(so2)), Cell(rng, Math.Round(no2)), Cell(rng, Math.Round(co, 1)),
                Cell(rng, Math.Round(o3)), Cell(rng, Math.Round(pm10)), Cell(rng, Math.Round(pm25))));
        }
        return list.ToArray();
    }

    private static double? Cell(Random rng, double v) => rng.NextDouble() < 0.005 ? null : v;

    private static double Gaussian(Random rng)
    {
        double u1 = 1 - rng.NextDouble(), u2 = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    /// <summary>
    /// The network as CSV files of at most <see cref="StationsPerCsvFile"/> stations each (format
    /// <c>station,time,SO2,NO2,CO,O3,PM10,PM2.5</c>, hour-start labels), cached in the temp directory: the data are
    /// deterministic, so a file already written is reused. Returns the paths and the number of data rows.
    /// </summary>
    public static (IReadOnlyList<string> Files, long Rows) WriteCsv(int stations)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"ecogov-bench-air-{Seed}-v2");
        Directory.CreateDirectory(dir);
        var files = new List<string>();
        long rows = 0;
        for (int first = 0; first < stations; first += StationsPerCsvFile)
        {
            int count = Math.Min(StationsPerCsvFile, stations - first);
            var path = Path.Combine(dir, $"stations-{first:0000}-{count:000}.csv");
            var rowsPath = path + ".rows";
            if (!File.Exists(rowsPath))
            {
                long n = 0;
                var tmp = path + ".tmp";
                using (var w = new StreamWriter(tmp, false, new UTF8Encoding(false), 1 << 16))
                {
                    w.Write("station,time,SO2,NO2,CO,O3,PM10,PM2.5\n");
                    var sb = new StringBuilder(64);
                    for (int k = first; k < first + count; k++)
                    {
                        var id = StationId(k);
                        foreach (var o in Station(k))
                        {
                            sb.Clear().Append(id).Append(',').Append(o.HourStart.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
                            foreach (var v in new[] { o.So2, o.No2, o.Co, o.O3, o.Pm10, o.Pm25 })
                            {
                                sb.Append(',');
                                if (v is double d) sb.Append(d.ToString(CultureInfo.InvariantCulture));
                            }
                            w.Write(sb.Append('\n'));
                            n++;
                        }
                    }
                }
                File.Move(tmp, path, overwrite: true);
                File.WriteAllText(rowsPath, n.ToString(CultureInfo.InvariantCulture));
            }
            rows += long.Parse(File.ReadAllText(rowsPath), CultureInfo.InvariantCulture);
            files.Add(path);
        }
        return (files, rows);
    }

    /// <summary>Stations to generate: <c>ECOGOV_BENCH_STATIONS</c> if set (e.g. 50 while developing), else 1,700.</summary>
    public static IEnumerable<int> StationCounts() =>
        [int.TryParse(Environment.GetEnvironmentVariable("ECOGOV_BENCH_STATIONS"), out var n) && n > 0 ? n : 1700];
}
