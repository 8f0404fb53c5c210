using EcoGov.Core.Air;
using EcoGov.Core.Indicators;
using EcoGov.Core.Progress;

namespace EcoGov.Core.Tests.Progress;

public class AirTargetProgressTests
{
    private static readonly Provenance Source = new("test", "附件1", 1);

    private static MonthlyAirTarget Target(string pollutant, int year, int? month, double target, double? previous) =>
        new("p", pollutant, year, month, target, year - 1, previous, pollutant == "CO" ? "mg/m³" : "μg/m³", Source);

    /// <summary>Every hour of each day with the day's constant values (so the day's means and max 8h equal them).</summary>
    private static List<HourlyObservation> Hours(DateOnly from, DateOnly to, Func<DateOnly, (double Co, double O3, double Pm25)> day)
    {
        var list = new List<HourlyObservation>();
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            var (co, o3, pm) = day(d);
            for (int h = 0; h < 24; h++)
                list.Add(new HourlyObservation(d.ToDateTime(new TimeOnly(h, 0)), 10, 20, co, o3, 60, pm));
        }
        return list;
    }

    [Fact]
    public void Month_statistics_are_O3_P90_of_daily_max_8h_and_CO_P95_of_daily_means()
    {
        // January 2023, day d (1..31): O3 10·d, CO 0.2·d.
        // O3 P90: k = 1 + 30 × 0.9 = 28 → X(28) = 280. CO P95: k = 1 + 30 × 0.95 = 29.5 → 5.8 + 0.5 × 0.2 = 5.9.
        var hours = Hours(new DateOnly(2023, 1, 1), new DateOnly(2023, 1, 31), d => (0.2 * d.Day, 10.0 * d.Day, 16 + d.Day));
        var rows = AirTargetProgress.Evaluate(
            [Target("O3", 2023, 1, 280, 300), Target("CO", 2023, 1, 5.8, 6), Target("PM2.5", 2023, 1, 32, 40)],
            [hours], new DateOnly(2023, 1, 31));

        Assert.Equal(280, rows[0].Actual);
        Assert.Equal(ProgressStatus.Achieved, rows[0].Result.Status); // equal to the target
        Assert.Equal(5.9, rows[1].Actual);
        Assert.Equal(ProgressStatus.NotAchieved, rows[1].Result.Status);
        // PM2.5 mean of 17..47 = 32 → achieved.
        Assert.Equal(32, rows[2].Actual);
        Assert.Equal(ProgressStatus.Achieved, rows[2].Result.Status);
        Assert.All(rows, r => Assert.Equal(31, r.ValidDays));
        Assert.All(rows, r => Assert.DoesNotContain("有效日数", r.Result.Reason));
    }

    [Fact]
    public void City_value_is_the_mean_of_stations_and_the_standard_follows_the_date()
    {
        var a = Hours(new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 1), _ => (0.5, 50, 30));
        var b = Hours(new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 1), _ => (0.5, 50, 50));
        var rows = AirTargetProgress.Evaluate(
            [Target("PM2.5", 2026, 2, 40, 45), Target("PM2.5", 2026, 3, 39, 41), Target("PM2.5", 2026, 4, 30, 30)],
            [a, b], new DateOnly(2026, 3, 1));

        Assert.Equal(40, rows[0].Actual); // (30 + 50) / 2
        Assert.Contains("GB 3095-2012", rows[0].Standard);
        Assert.Equal(ProgressStatus.Achieved, rows[0].Result.Status);
        Assert.Contains("有效日数 1 天", rows[0].Result.Reason); // February needs 25 valid days

        Assert.Contains("GB 3095-2026 (transitional)", rows[1].Standard);
        Assert.Equal(1.0 / 31, rows[1].ElapsedShare, 9);
        // Required reduction (41 − 39) × 1/31 ≈ 0.06; achieved 41 − 40 = 1 → on track.
        Assert.Equal(ProgressStatus.OnTrack, rows[1].Result.Status);

        Assert.Equal(ProgressStatus.CannotJudge, rows[2].Result.Status);
        Assert.Equal(ProgressRule.NotYetDue, rows[2].Result.Rule);
    }

    [Fact]
    public void Finished_month_without_data_cannot_be_judged() =>
        Assert.Equal(ProgressRule.NoData, AirTargetProgress.Evaluate(
            [Target("SO2", 2023, 1, 12, 12)],
            [Hours(new DateOnly(2023, 2, 1), new DateOnly(2023, 2, 2), _ => (0.5, 50, 30))],
            new DateOnly(2023, 2, 2)).Single().Result.Rule);
}
