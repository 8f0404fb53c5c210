using System.Globalization;
using EcoGov.Core.Text;

namespace EcoGov.Core.Air;

/// <summary>A published value of a release that its own hourly concentrations do not reproduce.</summary>
/// <param name="Station">Station code.</param>
/// <param name="Time">The release's <c>timepoint</c> (hour's end, China Standard Time), <c>yyyy-MM-dd HH:mm</c>.</param>
/// <param name="Field">The release column (<see cref="ReleaseColumns.Name"/>) or <c>primarypollutant</c>.</param>
/// <param name="Published">The value as published (null = missing).</param>
/// <param name="Computed">The value recomputed (null = no valid value).</param>
/// <param name="Reason">Why they differ, in English and Chinese.</param>
public sealed record ReleaseDisagreement(string Station, string Time, string Field, string? Published, string? Computed, Message Reason, string File, int Row);

/// <summary>
/// The outcome of checking a release: station-hours checked, how many agree in every field that could be checked, the
/// fields that could not be checked because their window reaches before the data held (<see cref="Unchecked"/>), and
/// every disagreement.
/// </summary>
public sealed record ReleaseCheckResult(int Rows, int Agree, int Unchecked, IReadOnlyList<ReleaseDisagreement> Disagreements);

/// <summary>
/// Recomputes the published figures of national hourly releases from the hourly concentrations they carry, and reports
/// every disagreement per station-hour and field. What is recomputed:
/// <list type="bullet">
/// <item><c>aqi</c> and <c>primarypollutant</c>: the real-time AQI under the standard in force on the hour's date
/// (<see cref="AqiStandards.ForDate"/>; HJ 633-2012 by the 1h rule as the releases computed it, ADR 0005), exactly.</item>
/// <item><c>pm10_24h</c>, <c>pm2_5_24h</c>, <c>so2_24h</c>, <c>no2_24h</c>, <c>co_24h</c>: 24h moving means ending at
/// the hour (≥ 20 valid hours of 24, GB 3095 Table 4); <c>o3_8h_24h</c>: the O3 8h moving mean ending at the hour
/// (≥ 6 of 8); <c>o3_8h</c>: the largest valid 8h moving mean of the hour's natural day so far (windows ending 01:00
/// onwards); <c>o3</c>: the largest hourly O3 of the trailing 24 hours.</item>
/// </list>
/// Moving means are compared after GB/T 8170 rounding with a tolerance of one reporting unit (1 µg/m³, CO 0.1 mg/m³):
/// the publisher averages unrounded hourly data, the release carries them rounded, so an honest mean can differ by that
/// much. A window is checked only when every one of its hours is an hour the data set holds (some row of some station
/// has it); otherwise the field is counted in <see cref="ReleaseCheckResult.Unchecked"/>, not guessed. Pure: rows in,
/// result out.
/// </summary>
public static class ReleaseCheck
{
    private static readonly (ReleaseColumn Column, Pollutant Pollutant, int Window, int MinValid)[] MovingColumns =
    [
        (ReleaseColumn.Pm10Moving24h, Pollutant.PM10, 24, 20),
        (ReleaseColumn.Pm25Moving24h, Pollutant.PM25, 24, 20),
        (ReleaseColumn.So2Moving24h, Pollutant.SO2, 24, 20),
        (ReleaseColumn.No2Moving24h, Pollutant.NO2, 24, 20),
        (ReleaseColumn.CoMoving24h, Pollutant.CO, 24, 20),
        (ReleaseColumn.O3Moving8h, Pollutant.O3, 8, 6),
    ];

    public const string PrimaryField = "primarypollutant";

    public static ReleaseCheckResult Check(IReadOnlyList<ReleaseHour> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var records = rows.Select(r => r.ToHourlyRecord()).ToList();
        var aqi = AqiBatch.Hourly(records);
        // For the reasons only: the literal reading of 2012 and the AQI with the o3 column taken as the hourly O3.
        var literal = new Lazy<IReadOnlyList<HourlyAqi>>(() => AqiBatch.Hourly(records, d =>
            AqiStandards.ForDate(d) == AqiStandards.Hj633_2012 ? AqiStandards.Hj633_2012Literal : AqiStandards.ForDate(d)));
        var o3Trap = new Lazy<IReadOnlyList<HourlyAqi>>(() => AqiBatch.Hourly(
            rows.Select(r => r.ToHourlyRecord() with { O3 = r[ReleaseColumn.O3Max24h] }).ToList()));

        var held = rows.Select(r => r.HourStart).ToHashSet();
        var series = rows.GroupBy(r => r.Station, StringComparer.Ordinal).ToDictionary(g => g.Key, g =>
            Enum.GetValues<Pollutant>().ToDictionary(p => p, p => g
                .Where(r => r.ToHourlyRecord()[p] is not null)
                .GroupBy(r => r.HourStart).ToDictionary(h => h.Key, h => h.First().ToHourlyRecord()[p]!.Value)), StringComparer.Ordinal);

        var disagreements = new List<ReleaseDisagreement>();
        int agree = 0, unchecked_ = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var found = new List<ReleaseDisagreement>();
            var time = row.TimePoint.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            void Add(string field, string? published, string? computed, Message reason) =>
                found.Add(new(row.Station, time, field, published, computed, reason, row.File, row.Row));

            // AQI and primary pollutant.
            var result = aqi[i].Result;
            var publishedAqi = row[ReleaseColumn.Aqi];
            if (publishedAqi != result.Aqi)
            {
                var reason = publishedAqi is null
                    ? CoreText.ReleaseAqiNotPublished()
                    : result.Aqi is null
                        ? CoreText.ReleaseAqiNotComputable()
                        : CoreText.ReleaseAqiDiffers(Number(publishedAqi), result.Aqi, IaqiList(result), result.StandardCode);
                if (publishedAqi is not null && result.Aqi is not null)
                {
                    if (literal.Value[i].Result.Aqi is int l && l == publishedAqi && l != result.Aqi)
                        reason = CoreText.ReleaseReasonHint(reason, CoreText.ReleaseHintLiteral2012());
                    if (o3Trap.Value[i].Result.Aqi is int t && t == publishedAqi && t != result.Aqi)
                        reason = CoreText.ReleaseReasonHint(reason, CoreText.ReleaseHintO3Column());
                }
                Add(ReleaseColumns.Name(ReleaseColumn.Aqi), Number(publishedAqi), result.Aqi?.ToString(CultureInfo.InvariantCulture), reason);
            }
            if (row.Primary is { } primary)
            {
                var computed = result.Aqi is null ? null : result.PrimaryPollutants;
                if (computed is not null && !primary.Order().SequenceEqual(computed.Order()))
                    Add(PrimaryField, Names(primary), Names(computed), computed.Count == 0
                        ? CoreText.ReleaseNoPrimary(result.Aqi)
                        : CoreText.ReleasePrimaryIsLargest(Names(computed), IaqiList(result)));
            }

            // Moving means.
            var st = series[row.Station];
            foreach (var (column, pollutant, window, minValid) in MovingColumns)
            {
                if (!Covered(held, row.HourStart, window)) { unchecked_++; continue; }
                var mean = MovingMeans.Trailing(st[pollutant], row.HourStart, window, minValid);
                CompareMean(column, pollutant, row[column], mean.Value, mean.ValidHours, window, minValid, Add);
            }

            // o3_8h: the day's largest valid 8h moving mean so far (windows ending 01:00 onwards).
            var dayStart = row.HourStart.Date;
            if (!Covered(held, row.HourStart, (int)(row.HourStart - dayStart).TotalHours + 8)) unchecked_++;
            else
            {
                double? max = null;
                for (var h = dayStart; h <= row.HourStart; h = h.AddHours(1))
                    if (MovingMeans.EightHour(st[Pollutant.O3], h).Value is double v && (max is null || v > max)) max = v;
                var p = row[ReleaseColumn.O3DayMax8h];
                if (!Within(Pollutant.O3, p, max))
                    Add(ReleaseColumns.Name(ReleaseColumn.O3DayMax8h), Number(p), Rounded(Pollutant.O3, max),
                        max is null
                            ? CoreText.ReleaseO3DayMax8hNone()
                            : p is null
                                ? CoreText.ReleaseO3DayMax8hNotPublished()
                                : CoreText.ReleaseO3DayMax8hDiffers(time[11..], Rounded(Pollutant.O3, max)));
            }

            // o3: the largest hourly O3 of the trailing 24 hours.
            if (!Covered(held, row.HourStart, 24)) unchecked_++;
            else
            {
                double? max = null;
                for (var k = 0; k < 24; k++)
                    if (st[Pollutant.O3].TryGetValue(row.HourStart.AddHours(-k), out var v) && (max is null || v > max)) max = v;
                var p = row[ReleaseColumn.O3Max24h];
                if (!Within(Pollutant.O3, p, max))
                    Add(ReleaseColumns.Name(ReleaseColumn.O3Max24h), Number(p), Rounded(Pollutant.O3, max),
                        CoreText.ReleaseO3Max24hDiffers(Rounded(Pollutant.O3, max) ?? "—"));
            }

            if (found.Count == 0) agree++;
            disagreements.AddRange(found);
        }
        return new ReleaseCheckResult(rows.Count, agree, unchecked_, disagreements);
    }

    private static void CompareMean(ReleaseColumn column, Pollutant pollutant, double? published, double? computed, int valid, int window, int minValid,
        Action<string, string?, string?, Message> add)
    {
        if (Within(pollutant, published, computed)) return;
        var name = ReleaseColumns.Name(column);
        add(name, Number(published), Rounded(pollutant, computed), computed is null
            ? CoreText.ReleaseMovingMeanTooFewHours(valid, window, minValid)
            : published is null
                ? CoreText.ReleaseMovingMeanNotPublished(valid, window, minValid)
                : CoreText.ReleaseMovingMeanDiffers(window, valid, Rounded(pollutant, computed)));
    }

    /// <summary>Both missing, or both present and within one reporting unit after GB/T 8170 rounding of the computed value.</summary>
    private static bool Within(Pollutant pollutant, double? published, double? computed)
    {
        if (published is null || computed is null) return published is null && computed is null;
        var unit = pollutant == Pollutant.CO ? 0.1m : 1m;
        return Math.Abs((decimal)published.Value - ConcentrationRounding.Round(pollutant, computed.Value)) <= unit;
    }

    /// <summary>Whether every hour of the window of <paramref name="hours"/> hours ending with <paramref name="last"/> is held.</summary>
    private static bool Covered(HashSet<DateTime> held, DateTime last, int hours)
    {
        for (var k = 0; k < hours; k++)
            if (!held.Contains(last.AddHours(-k))) return false;
        return true;
    }

    private static string? Number(double? v) => v?.ToString(CultureInfo.InvariantCulture);

    private static string? Rounded(Pollutant p, double? v) =>
        v is double x ? ConcentrationRounding.Round(p, x).ToString(CultureInfo.InvariantCulture) : null;

    private static string Names(IEnumerable<Pollutant> ps)
    {
        var list = ps.Select(PollutantNames.Display).ToList();
        return list.Count == 0 ? "—" : string.Join(",", list);
    }

    private static string IaqiList(AqiResult r) =>
        string.Join(", ", r.Pollutants.Select(p => $"{PollutantNames.Display(p.Pollutant)} {p.Iaqi?.ToString(CultureInfo.InvariantCulture) ?? "—"}"));
}
