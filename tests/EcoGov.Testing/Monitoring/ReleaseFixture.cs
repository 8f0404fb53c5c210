using System.Globalization;
using System.Text;

namespace EcoGov.Testing.Monitoring;

/// <summary>
/// A day of national hourly releases written by the tests in the exact layout
/// (<c>timepoint,stationcode,longitude,latitude,area,positionname,primarypollutant,aqi,pm10,…,co_24h</c>): 24 files, one
/// per hour, timepoints 2022-07-01 01:00 … 2022-07-02 00:00 (hour-ending, Beijing time; HJ 633-2012 in force). Stations
/// 1001A (area 晋城), 1002A (area 晋城市) inside jurisdiction 140500 晋城市, 1003A (area 长治) outside it. Missing values
/// (written "—" and ""), a quoted two-pollutant primarypollutant ("PM2.5,PM10"), the 1001A row of hour 11 repeated in
/// the file of hour 12, and two planted errors: a wrong <c>aqi</c> (1002A, 2022-07-01 16:00) and a wrong
/// <c>pm2_5_24h</c> (1001A, 2022-07-02 00:00).
/// <para>
/// Every published value is computed here by hand, independently of the engine: IAQIs from the breakpoints of the
/// domain reference (air-quality.md §1, HJ 633-2012; the real-time AQI as the releases compute it — six 1h values,
/// PM10/PM2.5 1h on the 24h breakpoints), ceiling; AQI NA when a pollutant is missing and the rest give ≤ 100
/// (§2); primary pollutants those with the largest IAQI when AQI &gt; 50; moving means as plain means of the values
/// written (24h ≥ 20 valid hours, 8h ≥ 6; §4), half-even; <c>o3</c> the trailing 24h maximum of the hourly O3
/// (<c>o3_24h</c>), <c>o3_8h</c> the day's largest 8h mean so far (as far as this day's data reach).
/// </para>
/// </summary>
public static class ReleaseFixture
{
    public const string Header =
        "timepoint,stationcode,longitude,latitude,area,positionname,primarypollutant,aqi,pm10,pm10_24h,pm2_5,pm2_5_24h,o3,o3_24h,o3_8h,o3_8h_24h,no2,no2_24h,so2,so2_24h,co,co_24h";

    public static readonly (string Code, string Area, string Name, double Lon, double Lat)[] Stations =
    [
        ("1001A", "晋城", "市监测站", 112.8503, 35.4906),
        ("1002A", "晋城市", "白马寺", 112.8706, 35.5061),
        ("1003A", "长治", "清华站", 113.1165, 36.1956),
    ];

    /// <summary>The planted disagreements: station, timepoint, field.</summary>
    public static readonly (string Station, string Time, string Field)[] Planted =
    [
        ("1002A", "2022-07-01 16:00", "aqi"),
        ("1001A", "2022-07-02 00:00", "pm2_5_24h"),
    ];

    /// <summary>Hour k (0–23) of the day is the hour starting 2022-07-01 k:00; its timepoint is k+1.</summary>
    public static string TimePoint(int k) => new DateTime(2022, 7, 1).AddHours(k + 1).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private enum P { So2, No2, Co, O3, Pm10, Pm25 }

    /// <summary>The hourly value written for station s at hour k, or null (missing).</summary>
    private static decimal? Value(int s, int k, P p)
    {
        if (s == 1 && k == 5 && p == P.Pm10) return null;   // written "—"
        if (s == 1 && k == 9 && p == P.No2) return null;    // written ""
        if (s == 0 && k == 12 && p == P.Pm25) return 75;     // PM2.5 IAQI 100 …
        if (s == 0 && k == 12 && p == P.Pm10) return 150;    // … and PM10 IAQI 100: two primary pollutants
        return p switch
        {
            P.So2 => 8 + k % 5 + s,
            P.No2 => 25 + 2 * k + 3 * s,
            P.Co => 0.6m + 0.1m * (k % 4) + 0.1m * s,
            P.O3 => 20 + 8 * k + 2 * s,
            P.Pm10 => 70 + 4 * k + 3 * s,
            _ => 40 + 3 * k + 5 * s,
        };
    }

    // HJ 633-2012 breakpoints (air-quality.md §1) for what the real-time AQI rates.
    private static readonly int[] Levels = [0, 50, 100, 150, 200, 300, 400, 500];
    private static readonly Dictionary<P, decimal[]> Breakpoints = new()
    {
        [P.So2] = [0, 150, 500, 650, 800],
        [P.No2] = [0, 100, 200, 700, 1200, 2340, 3090, 3840],
        [P.Co] = [0, 5, 10, 35, 60, 90, 120, 150],
        [P.O3] = [0, 160, 200, 300, 400, 800, 1000, 1200],
        [P.Pm10] = [0, 50, 150, 250, 350, 420, 500, 600],
        [P.Pm25] = [0, 35, 75, 115, 150, 250, 350, 500],
    };

    private static int Iaqi(P p, decimal c)
    {
        var bp = Breakpoints[p];
        for (var i = 1; i < bp.Length; i++)
            if (c <= bp[i])
                return (int)Math.Ceiling((Levels[i] - Levels[i - 1]) / (bp[i] - bp[i - 1]) * (c - bp[i - 1]) + Levels[i - 1]);
        throw new InvalidOperationException("fixture values stay inside the tables");
    }

    /// <summary>The hand-computed AQI (null = NA) and primary pollutants of station s at hour k.</summary>
    public static (int? Aqi, string Primary) Aqi(int s, int k)
    {
        var iaqi = Enum.GetValues<P>().Where(p => Value(s, k, p) is not null).ToDictionary(p => p, p => Iaqi(p, Value(s, k, p)!.Value));
        var aqi = iaqi.Values.Max();
        if (iaqi.Count < 6 && aqi <= 100) return (null, "—");
        if (aqi <= 50) return (aqi, "—");
        var names = iaqi.Where(kv => kv.Value == aqi).Select(kv => kv.Key switch
        {
            P.Pm25 => "PM2.5",
            P.Pm10 => "PM10",
            _ => kv.Key.ToString().ToUpperInvariant(),
        });
        return (aqi, string.Join(",", names.OrderBy(n => n == "PM2.5" ? 0 : 1)));
    }

    private static decimal? Mean(int s, int k, P p, int window, int minValid)
    {
        var values = Enumerable.Range(0, window).Select(j => k - j).Where(h => h >= 0).Select(h => Value(s, h, p)).OfType<decimal>().ToList();
        if (values.Count < Math.Min(minValid, k + 1)) return null; // before the window fills, the day's hours so far (unchecked)
        return Math.Round(values.Average(), p == P.Co ? 1 : 0, MidpointRounding.ToEven);
    }

    private static string F(decimal? v) => v is decimal d ? d.ToString(CultureInfo.InvariantCulture) : "—";

    /// <summary>One release row as published (the planted errors included).</summary>
    public static string Row(int s, int k)
    {
        var (code, area, name, lon, lat) = Stations[s];
        var (aqi, primary) = Aqi(s, k);
        if (s == 1 && k == 15) aqi += 7;                                              // planted: wrong aqi
        var pm25Mean = Mean(s, k, P.Pm25, 24, 20);
        if (s == 0 && k == 23) pm25Mean += 5;                                         // planted: wrong pm2_5_24h
        var o3Max = Enumerable.Range(0, k + 1).Max(h => Value(s, h, P.O3));
        var o3DayMax8h = Enumerable.Range(0, k + 1).Select(h => Mean(s, h, P.O3, 8, 6)).Max();
        string Cell(decimal? v) => s == 1 && v is null ? "" : F(v); // 1002A writes a missing NO2 as ""
        string[] cells =
        [
            TimePoint(k), code, lon.ToString(CultureInfo.InvariantCulture), lat.ToString(CultureInfo.InvariantCulture), area, name,
            primary.Contains(',', StringComparison.Ordinal) ? $"\"{primary}\"" : primary, aqi?.ToString(CultureInfo.InvariantCulture) ?? "—",
            F(Value(s, k, P.Pm10)), F(Mean(s, k, P.Pm10, 24, 20)),
            F(Value(s, k, P.Pm25)), F(pm25Mean),
            F(o3Max), F(Value(s, k, P.O3)), F(o3DayMax8h), F(Mean(s, k, P.O3, 8, 6)),
            Cell(Value(s, k, P.No2)), F(Mean(s, k, P.No2, 24, 20)),
            F(Value(s, k, P.So2)), F(Mean(s, k, P.So2, 24, 20)),
            F(Value(s, k, P.Co)), F(Mean(s, k, P.Co, 24, 20)),
        ];
        return string.Join(",", cells);
    }

    /// <summary>Writes the 24 files into <paramref name="dir"/> (created) and returns it.</summary>
    public static string WriteDay(string dir)
    {
        Directory.CreateDirectory(dir);
        for (var k = 0; k < 24; k++)
        {
            var text = new StringBuilder(Header).Append("\r\n");
            for (var s = 0; s < Stations.Length; s++) text.Append(Row(s, k)).Append("\r\n");
            if (k == 12) text.Append(Row(0, 11)).Append("\r\n"); // the hour before, repeated: an overlapping file
            File.WriteAllText(Path.Combine(dir, $"china_sites_2022070{(k < 23 ? 1 : 2)}{(k + 1) % 24:00}.csv"), text.ToString(), new UTF8Encoding(true));
        }
        return dir;
    }
}
