using EcoGov.Core.Air;

namespace EcoGov.Core.Foresight;

/// <summary>
/// A deterministic synthetic multi-year hourly data set for the projection's backtest (issue 14 item 3): a few stations
/// of one city over consecutive years, seeded so that the same seed, years and stations always give the same hours.
/// Shapes as the benchmark network (bench/SyntheticAirNetwork): winter-high particulates, SO2, NO2 and CO; summer-high
/// O3 with an afternoon peak; NO2/CO rush-hour peaks; AR(1) log-normal noise; winter haze episodes of 2–5 days. Year to
/// year: a city-wide level per year and pollutant (log-normal, σ ≈ 0.12) on a downward trend of 3 % a year for
/// particulates, so that past years differ as real ones do. Gaps: ~2 % of hours missing at random and 0–2 outages
/// (4–72 h) per station-year. Values rounded as stations publish them: µg/m³ integers, CO (mg/m³) one decimal.
/// </summary>
public static class SyntheticAirYears
{
    public const int DefaultSeed = 20261205;

    /// <summary>Hours of each station, ordered by hour, from 1 January of <paramref name="firstYear"/> for <paramref name="years"/> years.</summary>
    public static HourlyObservation[][] Generate(int firstYear, int years, int stations, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(stations, 1);
        // The city's level per year and pollutant (SO2, NO2, CO, O3, PM10/PM2.5 shared), the same for every station.
        var city = new Random(seed);
        var level = new double[years, 5];
        for (int y = 0; y < years; y++)
        {
            double trend = Math.Pow(0.97, y);
            for (int p = 0; p < 5; p++)
                level[y, p] = Math.Exp(0.12 * Gaussian(city)) * (p is 0 or 4 ? trend : 1);
        }
        // The winter episodes are the city's too: a day starts one with the same draw for every station.
        var result = new HourlyObservation[stations][];
        for (int k = 0; k < stations; k++) result[k] = Station(firstYear, years, k, seed, level);
        return result;
    }

    private static HourlyObservation[] Station(int firstYear, int years, int k, int seed, double[,] level)
    {
        var rng = new Random(seed + 7919 * (k + 1));
        var weather = new Random(seed - 1);   // shared by all stations: episodes and the common noise
        double urban = 0.8 + 0.4 * rng.NextDouble();
        var list = new List<HourlyObservation>(years * 8784);
        double[] noise = new double[6];
        double[] common = new double[6];
        double episode = 1;
        int episodeLeft = 0;
        for (int y = 0; y < years; y++)
        {
            int year = firstYear + y;
            var start = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
            int hours = (DateTime.IsLeapYear(year) ? 366 : 365) * 24;
            var missing = new bool[hours];
            int outages = rng.Next(0, 3);
            for (int g = 0; g < outages; g++)
            {
                int len = rng.Next(4, 73), at = rng.Next(0, hours - len);
                for (int i = at; i < at + len; i++) missing[i] = true;
            }
            for (int i = 0; i < hours; i++)
            {
                for (int p = 0; p < 6; p++)
                {
                    common[p] = 0.92 * common[p] + 0.12 * Gaussian(weather);
                    noise[p] = 0.8 * noise[p] + 0.08 * Gaussian(rng);
                }
                var t = start.AddHours(i);
                int h = t.Hour;
                double winter = Math.Cos(2 * Math.PI * (t.DayOfYear - 15) / 365.25);
                if (h == 0)
                {
                    if (episodeLeft > 0) episodeLeft--;
                    else if (weather.NextDouble() < 0.03 * Math.Max(0, winter)) { episodeLeft = weather.Next(2, 6); episode = 2 + 2 * weather.NextDouble(); }
                    if (episodeLeft == 0) episode = 1;
                }
                bool gap = missing[i] | rng.NextDouble() < 0.02;
                if (gap) continue;
                double rush = 1 + 0.4 * Math.Exp(-(h - 8) * (h - 8) / 4.0) + 0.5 * Math.Exp(-(h - 20) * (h - 20) / 6.0) - 0.2 * Math.Exp(-(h - 14) * (h - 14) / 8.0);
                double sun = h is >= 8 and <= 20 ? Math.Pow(Math.Sin(Math.PI * (h - 8) / 12), 1.5) : 0;
                double heat = 1 + 0.5 * Math.Max(winter, -0.3);
                double so2 = 10 * urban * level[y, 0] * (1 + 0.6 * Math.Max(winter, 0)) * rush * Math.Exp(common[0] + noise[0]) * Math.Sqrt(episode);
                double no2 = 24 * urban * level[y, 1] * (1 + 0.25 * winter) * rush * Math.Exp(common[1] + noise[1]) * (1 + 0.3 * (episode - 1) / 3);
                double co = 0.7 * urban * level[y, 2] * heat * rush * Math.Exp(common[2] + noise[2]) * Math.Sqrt(episode);
                double o3 = 60 * level[y, 3] * (1.4 - 0.2 * urban) * (1 - 0.5 * winter) * (0.35 + 1.2 * sun) * Math.Exp(common[3] + noise[3]);
                double pm25 = 30 * urban * level[y, 4] * heat * Math.Exp(common[4] + noise[4]) * episode;
                double pm10 = pm25 * (1.5 + 0.3 * Math.Exp(common[5] + noise[5]) * (winter < 0 ? 1.3 : 1));
                list.Add(new HourlyObservation(t, Math.Round(so2), Math.Round(no2), Math.Round(co, 1), Math.Round(o3), Math.Round(pm10), Math.Round(pm25)));
            }
        }
        return [.. list];
    }

    private static double Gaussian(Random rng)
    {
        double u1 = 1 - rng.NextDouble(), u2 = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
