using System.Text.Json;
using EcoGov.Core.Air;

namespace EcoGov.Core.Tests.Air.Reference;

/// <summary>
/// The engine (array-based daily statistics, lean daily AQI, lazy daily reports, parallel stations) gives exactly the
/// results of the engine before that work (<see cref="ReferenceDailyAirStatistics"/>, <see cref="ReferencePeriodAirEvaluator"/>,
/// <see cref="ReferenceAqiCalculator"/>) on generated data with gaps: missing hours and days, empty cells, outages,
/// over-range values. Compared field by field through their JSON form (doubles round-trip exactly).
/// </summary>
public class ReferenceEquivalenceTests
{
    private static readonly AirEvaluationStandard[] Standards = [.. AirEvaluationStandards.All];

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    /// <summary>A station's hours over [from, to] (plus a few hours outside it) with gaps; order shuffled.</summary>
    internal static List<HourlyObservation> Station(int seed, DateOnly from, DateOnly to)
    {
        var rnd = new Random(seed);
        double gapRate = rnd.NextDouble() * 0.4; // 0–40 % of hours missing
        double emptyCell = rnd.NextDouble() * 0.2;
        double dirt = rnd.NextDouble() * 3; // scales concentrations: clean to severely polluted (over-range O3, SO2)
        var hours = new List<HourlyObservation>();
        int outageStart = rnd.Next(0, (to.DayNumber - from.DayNumber + 1) * 24), outageLength = rnd.Next(0, 72);
        var first = from.AddDays(-1).ToDateTime(TimeOnly.MinValue);
        var last = to.AddDays(1).ToDateTime(new TimeOnly(23, 0));
        int index = -24;
        for (var t = first; t <= last; t = t.AddHours(1), index++)
        {
            if (rnd.NextDouble() < gapRate || (index >= outageStart && index < outageStart + outageLength)) continue;
            double? V(double scale, int decimals) =>
                rnd.NextDouble() < emptyCell ? null : Math.Round(rnd.NextDouble() * scale * dirt, decimals);
            hours.Add(new HourlyObservation(t, V(300, 0), V(200, 1), V(8, 2), V(450, 0), V(400, 0), V(250, 1)));
        }
        return [.. hours.OrderBy(_ => rnd.Next())];
    }

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public bool Daily_statistics_equal_the_reference(int seed, byte days)
    {
        var from = new DateOnly(2026, 1, 25).AddDays(seed % 50);
        var to = from.AddDays(days % 40);
        var hours = Station(seed, from, to);
        var limits = Standards[Math.Abs(seed % 3)].Limits;
        return Json(DailyAirStatistics.ComputePeriod(from, to, hours, limits))
            == Json(ReferenceDailyAirStatistics.ComputePeriod(from, to, hours, limits));
    }

    [FsCheck.Xunit.Property(MaxTest = 40)]
    public bool Station_period_evaluation_equals_the_reference(int seed, byte days, bool gradeI)
    {
        var from = new DateOnly(2025, 12, 1).AddDays(seed % 60);
        var to = from.AddDays(days % 70);
        var hours = Station(seed, from, to);
        var standard = Standards[Math.Abs(seed % 3)];
        var grade = gradeI ? LimitGrade.GradeI : LimitGrade.GradeII;
        var reference = ReferencePeriodAirEvaluator.Evaluate(
            ReferenceDailyAirStatistics.ComputePeriod(from, to, hours, standard.Limits, grade).Select(d => d.Values), from, to, standard, grade);
        return Json(StationPeriodEvaluator.Evaluate(hours, from, to, standard, grade)) == Json(reference);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Station_years_equal_the_reference(int seed)
    {
        // Calendar years: annual validity, comprehensive index; every standard pair.
        var (from, to) = (new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31));
        var stations = Enumerable.Range(0, 4).Select(k => Station(seed * 100 + k, from, to)).ToList();
        foreach (var standard in Standards)
        {
            var all = StationPeriodEvaluator.EvaluateAll([.. stations], from, to, standard);
            for (int k = 0; k < stations.Count; k++)
            {
                var reference = ReferencePeriodAirEvaluator.Evaluate(
                    ReferenceDailyAirStatistics.ComputePeriod(from, to, stations[k], standard.Limits).Select(d => d.Values), from, to, standard);
                Assert.Equal(Json(reference), Json(all[k]));
            }
            var city = ReferencePeriodAirEvaluator.Evaluate(
                CityAirAggregation.DailySeries(stations.Select(s => ReferenceDailyAirStatistics.ComputePeriod(from, to, s, standard.Limits).Select(d => d.Values))),
                from, to, standard);
            Assert.Equal(Json(city), Json(CityAirAggregation.EvaluateFromHours(stations, from, to, standard)));
            // one pass for the stations and their combination gives the same as the two calls
            var (each, combined) = NetworkPeriodEvaluator.Evaluate([.. stations], from, to, standard);
            Assert.Equal(all.Select(Json), each.Select(Json));
            Assert.Equal(Json(city), Json(combined));
        }
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Aqi_reports_equal_the_reference(int seed, bool hourly, bool round)
    {
        var rnd = new Random(seed);
        double? V(double max) => rnd.NextDouble() < 0.15 ? null : Math.Round(rnd.NextDouble() * max, rnd.Next(0, 4));
        var values = hourly
            ? AirConcentrations.Hourly(V(1200), V(4000), V(160), V(1300), V(700), V(600), V(1000), V(700), V(600), V(3000))
            : AirConcentrations.Daily(V(3000), V(1000), V(70), V(700), V(600), V(1000), V(1300));
        foreach (var standard in (AqiStandard[])[.. AqiStandards.All, AqiStandards.Hj633_2012Literal])
        {
            var kind = hourly ? AqiReportKind.Hourly : AqiReportKind.Daily;
            if (Json(AqiCalculator.Compute(standard, kind, values, round)) != Json(ReferenceAqiCalculator.Compute(standard, kind, values, round)))
                return false;
        }
        return true;
    }

    [Fact]
    public void Errors_are_the_same_as_the_reference()
    {
        var day = new DateOnly(2026, 5, 1);
        var t = day.ToDateTime(new TimeOnly(3, 0));
        var limits = AmbientAirLimitTables.Gb3095_2012;
        List<HourlyObservation>[] bad =
        [
            [new(t, 1, 1, 1, 1, 1, 1), new(t, 2, 2, 2, 2, 2, 2)],
            [new(t, 1, -1, 1, 1, 1, 1)],
            [new(t.AddMinutes(30), 1, 1, 1, 1, 1, 1)],
            [new(DateTime.SpecifyKind(t, DateTimeKind.Utc), 1, 1, 1, 1, 1, 1)],
            [new(t, 1, 1, double.NaN, 1, 1, 1)],
        ];
        foreach (var hours in bad)
        {
            var expected = Assert.ThrowsAny<ArgumentException>(() => ReferenceDailyAirStatistics.ComputePeriod(day, day, hours, limits));
            var actual = Assert.ThrowsAny<ArgumentException>(() => DailyAirStatistics.ComputePeriod(day, day, hours, limits));
            Assert.Equal(expected.Message, actual.Message);
            var parallel = Assert.ThrowsAny<ArgumentException>(() =>
                StationPeriodEvaluator.EvaluateAll([Station(1, day, day), hours, hours], day, day, AirEvaluationStandards.Gb3095_2012));
            Assert.Equal(expected.Message, parallel.Message);
        }
    }
}
