using EcoGov.Core.Tasks;

namespace EcoGov.Core.Tests;

public class DeadlinePhraseTests
{
    [Theory]
    [InlineData("2023年4月底前", 2023, 4, 30)]
    [InlineData("2024年12月底前", 2024, 12, 31)]
    [InlineData("2023 年 4 月底前", 2023, 4, 30)]
    [InlineData("2024年2月底前", 2024, 2, 29)]
    [InlineData("2023年2月底前", 2023, 2, 28)]
    [InlineData("2023 年 12 月", 2023, 12, 31)]
    [InlineData("2023年10月", 2023, 10, 31)]
    [InlineData("２０２３年５月底前", 2023, 5, 31)]
    [InlineData("2023年底前", 2023, 12, 31)]
    [InlineData("2023年6月30日前", 2023, 6, 30)]
    public void Month_end_phrases_are_due_on_the_last_day(string text, int y, int m, int d)
    {
        var p = DeadlinePhrase.Parse(text);
        Assert.Equal(DeadlineKind.DueBy, p.Kind);
        Assert.Equal(new DateOnly(y, m, d), p.Due);
        Assert.Equal(text, p.Text);
    }

    [Fact]
    public void From_a_date_is_a_standing_obligation()
    {
        var p = DeadlinePhrase.Parse("2023年4月1日起");
        Assert.Equal(DeadlineKind.From, p.Kind);
        Assert.Equal(new DateOnly(2023, 4, 1), p.Start);
        Assert.Null(p.Due);
    }

    [Fact]
    public void A_month_window_runs_from_the_first_to_the_last_day()
    {
        var p = DeadlinePhrase.Parse("2023年5-9月");
        Assert.Equal(DeadlineKind.Window, p.Kind);
        Assert.Equal(new DateOnly(2023, 5, 1), p.Start);
        Assert.Equal(new DateOnly(2023, 9, 30), p.Due);
    }

    [Fact]
    public void Ongoing_heating_season_recurring_and_year_ranges()
    {
        Assert.Equal(DeadlineKind.Ongoing, DeadlinePhrase.Parse("长期坚持").Kind);
        var h = DeadlinePhrase.Parse("2023年采暖季前");
        Assert.Equal((DeadlineKind.BeforeHeatingSeason, (int?)2023), (h.Kind, h.Year));
        var r = DeadlinePhrase.Parse("每年9月底前");
        Assert.Equal((DeadlineKind.RecurringYearly, (int?)9), (r.Kind, r.Month));
        var y = DeadlinePhrase.Parse("2021-2025");
        Assert.Equal(DeadlineKind.YearRange, y.Kind);
        Assert.Equal(new DateOnly(2021, 1, 1), y.Start);
        Assert.Equal(new DateOnly(2025, 12, 31), y.Due);
    }

    [Fact]
    public void A_month_without_a_year_is_read_in_the_plan_year_only_when_one_is_given()
    {
        Assert.Equal(DeadlineKind.Unparsed, DeadlinePhrase.Parse("10 月底前").Kind);
        var p = DeadlinePhrase.Parse("10 月底前", planYear: 2023);
        Assert.Equal((DeadlineKind.DueBy, (DateOnly?)new DateOnly(2023, 10, 31)), (p.Kind, p.Due));
        Assert.Equal("10 月底前", p.Text);
        Assert.Equal(DeadlineKind.Unparsed, DeadlinePhrase.Parse("13 月底前", planYear: 2023).Kind);
    }

    [Theory]
    [InlineData("尽快")]
    [InlineData("2023年13月底前")]
    [InlineData("2023年2月30日前")]
    [InlineData("2025-2021")]
    [InlineData("2023年9-5月")]
    [InlineData("0000年4月底前")]
    [InlineData("0000-2025")]
    [InlineData("٢٠٢٣年4月底前")]
    [InlineData("")]
    public void Unreadable_or_impossible_phrases_are_kept_verbatim_and_flagged(string text)
    {
        var p = DeadlinePhrase.Parse(text);
        Assert.Equal(DeadlineKind.Unparsed, p.Kind);
        Assert.Equal(text, p.Text);
        Assert.Null(p.Due);
    }
}
