using System.Text.Json;
using EcoGov.Core.Plans;
using EcoGov.Core.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EcoGov.Core.Tests;

/// <summary>The `deadline` contract (issue 9, item 2): every form at its exact boundary.</summary>
public class DeadlineReaderTests
{
    private static readonly DateOnly Issued2023 = new(2023, 5, 31);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static DeadlineReading Read(string text, DateOnly? issued = null, HeatingSeasonStart? heating = null) =>
        DeadlineReader.Read(text, new DeadlineReadingOptions(issued, HeatingSeasonStart: heating));

    private static void AssertBy(DeadlineReading r, DateOnly due)
    {
        Assert.Equal(DeadlineForm.By, r.Kind);
        Assert.Equal(due, r.Due);
        Assert.Null(r.From);
        Assert.Null(r.To);
        Assert.Null(r.Anchor);
        Assert.Null(r.Recurrence);
        Assert.Empty(r.Milestones);
    }

    [Theory]
    [InlineData("2024年2月底前", 2024, 2, 29)]
    [InlineData("2023年2月底前", 2023, 2, 28)]
    [InlineData("2000年2月底前", 2000, 2, 29)]
    [InlineData("2100年2月底前", 2100, 2, 28)]
    [InlineData("2023年4月底前", 2023, 4, 30)]
    [InlineData("2023年4月底以前", 2023, 4, 30)]
    [InlineData("2023年4月底之前", 2023, 4, 30)]
    [InlineData("2023年4月末", 2023, 4, 30)]
    [InlineData("2023年4月底", 2023, 4, 30)]
    [InlineData("2023年4月以前", 2023, 4, 30)]
    [InlineData("2023年4月份", 2023, 4, 30)]
    [InlineData("2024年12月底前", 2024, 12, 31)]
    [InlineData("2023 年 12 月", 2023, 12, 31)]
    [InlineData("2023 年 10 月", 2023, 10, 31)]
    [InlineData("2023 年 5 月", 2023, 5, 31)]
    [InlineData("2023年10月底前全面完成", 2023, 10, 31)]
    [InlineData("截至2023年6月底", 2023, 6, 30)]
    public void Month_ends(string text, int y, int m, int d)
    {
        var r = Read(text);
        AssertBy(r, D(y, m, d));
        Assert.Equal(text, r.Text);
        Assert.Empty(r.Notes);
    }

    [Theory]
    [InlineData("2023年6月30日前", 2023, 6, 30)]
    [InlineData("2023年6月30日以前", 2023, 6, 30)]
    [InlineData("2023年6月30日之前", 2023, 6, 30)]
    [InlineData("2024年2月29日前", 2024, 2, 29)]
    [InlineData("2023年6月30日", 2023, 6, 30)]
    public void Days(string text, int y, int m, int d) => AssertBy(Read(text), D(y, m, d));

    [Fact]
    public void A_leap_day_exists_only_in_a_leap_year()
    {
        AssertBy(Read("2024年2月29日前"), D(2024, 2, 29));
        Assert.Equal(DeadlineForm.Unparsed, Read("2023年2月29日前").Kind);
    }

    [Theory]
    [InlineData("2023年一季度", 2023, 3, 31)]
    [InlineData("2023年第一季度", 2023, 3, 31)]
    [InlineData("2023年第1季度末", 2023, 3, 31)]
    [InlineData("2023年二季度末前", 2023, 6, 30)]
    [InlineData("2023年三季度", 2023, 9, 30)]
    [InlineData("2023年第四季度前", 2023, 12, 31)]
    [InlineData("2024年一季度底", 2024, 3, 31)]
    public void Quarter_ends(string text, int y, int m, int d) => AssertBy(Read(text), D(y, m, d));

    [Theory]
    [InlineData("2023年上半年", 2023, 6, 30)]
    [InlineData("2023年上半年前", 2023, 6, 30)]
    [InlineData("2023年下半年", 2023, 12, 31)]
    [InlineData("2024年上半年完成", 2024, 6, 30)]
    public void Half_years(string text, int y, int m, int d) => AssertBy(Read(text), D(y, m, d));

    [Theory]
    [InlineData("2023年底前")]
    [InlineData("2023年年底前")]
    [InlineData("2023年底")]
    [InlineData("2023年末")]
    [InlineData("2023年内")]
    [InlineData("2023年完成")]
    [InlineData("2023年建成")]
    [InlineData("2023年以前")]
    public void Year_ends(string text) => AssertBy(Read(text), D(2023, 12, 31));

    [Theory]
    [InlineData("年底前", 12, 31)]
    [InlineData("上半年", 6, 30)]
    [InlineData("下半年", 12, 31)]
    [InlineData("一季度", 3, 31)]
    [InlineData("四季度", 12, 31)]
    [InlineData("10 月底前", 10, 31)]
    [InlineData("6月30日前", 6, 30)]
    public void A_phrase_without_a_year_takes_the_issue_year_and_says_so(string text, int m, int d)
    {
        var r = Read(text, Issued2023);
        AssertBy(r, D(2023, m, d));
        Assert.Equal([DeadlineReader.YearFromIssueDateNote], r.Notes);

        var none = Read(text);
        Assert.Equal(DeadlineForm.Unparsed, none.Kind);
        Assert.Null(none.Due);
        Assert.Equal(text, none.Text);
        Assert.Equal([DeadlineReader.NoYearNote], none.Notes);
    }

    [Fact]
    public void A_phrase_with_a_year_ignores_the_issue_year_and_notes_nothing()
    {
        var r = Read("2024年12月底前", Issued2023);
        AssertBy(r, D(2024, 12, 31));
        Assert.Empty(r.Notes);
    }

    [Theory]
    [InlineData("２０２３年１２月底前", 2023, 12, 31)]
    [InlineData("２０２４年２月底前", 2024, 2, 29)]
    [InlineData("2023　年　4　月底前", 2023, 4, 30)]
    [InlineData("2023 年 4 月 底 前", 2023, 4, 30)]
    [InlineData(" 2023年4月底前 ", 2023, 4, 30)]
    [InlineData("2023\t年\n4月底前", 2023, 4, 30)]
    [InlineData("２０２３ 年 ６ 月 ３０ 日前", 2023, 6, 30)]
    public void Full_width_digits_and_spaces_inside_the_phrase(string text, int y, int m, int d)
    {
        var r = Read(text);
        AssertBy(r, D(y, m, d));
        Assert.Equal(text.Trim(), r.Text);
    }

    [Theory]
    [InlineData("2023年4月1日起", 2023, 4, 1)]
    [InlineData("自2023年4月1日起", 2023, 4, 1)]
    [InlineData("2023年4月1日起执行", 2023, 4, 1)]
    [InlineData("２０２３年４月１日起", 2023, 4, 1)]
    [InlineData("2023年开工", 2023, 1, 1)]
    [InlineData("2023年开工建设", 2023, 1, 1)]
    [InlineData("2023年起", 2023, 1, 1)]
    [InlineData("2023年5月起", 2023, 5, 1)]
    public void From_a_day(string text, int y, int m, int d)
    {
        var r = Read(text);
        Assert.Equal(DeadlineForm.From, r.Kind);
        Assert.Equal(D(y, m, d), r.From);
        Assert.Null(r.Due);
        Assert.Null(r.To);
    }

    [Theory]
    [InlineData("2023年5-9月", 2023, 5, 1, 2023, 9, 30)]
    [InlineData("2023年5—9月", 2023, 5, 1, 2023, 9, 30)]
    [InlineData("2023年5月-9月", 2023, 5, 1, 2023, 9, 30)]
    [InlineData("2023年5月至9月", 2023, 5, 1, 2023, 9, 30)]
    [InlineData("2024年1-2月", 2024, 1, 1, 2024, 2, 29)]
    [InlineData("2023年11月-2024年3月", 2023, 11, 1, 2024, 3, 31)]
    [InlineData("2023年5月1日至9月30日", 2023, 5, 1, 2023, 9, 30)]
    [InlineData("2023年5月1日-15日", 2023, 5, 1, 2023, 5, 15)]
    public void Windows(string text, int y1, int m1, int d1, int y2, int m2, int d2)
    {
        var r = Read(text);
        Assert.Equal(DeadlineForm.Window, r.Kind);
        Assert.Equal(D(y1, m1, d1), r.From);
        Assert.Equal(D(y2, m2, d2), r.To);
        Assert.Equal(r.To, r.Due);
    }

    [Theory]
    [InlineData("2021-2025", 2021, 2025)]
    [InlineData("2021—2025", 2021, 2025)]
    [InlineData("2021－2025", 2021, 2025)]
    [InlineData("２０２１－２０２５", 2021, 2025)]
    [InlineData("2024-2035", 2024, 2035)]
    [InlineData("2021-2025年", 2021, 2025)]
    [InlineData("2021年-2025年", 2021, 2025)]
    [InlineData("2024至2035年", 2024, 2035)]
    [InlineData("2021 - 2025", 2021, 2025)]
    [InlineData("2023-2023", 2023, 2023)]
    public void Periods(string text, int y1, int y2)
    {
        var r = Read(text);
        Assert.Equal(DeadlineForm.Period, r.Kind);
        Assert.Equal(D(y1, 1, 1), r.From);
        Assert.Equal(D(y2, 12, 31), r.To);
        Assert.Equal(r.To, r.Due);
    }

    [Theory]
    [InlineData("长期坚持")]
    [InlineData("持续推进")]
    [InlineData("常态化")]
    public void Ongoing_has_no_dates(string text)
    {
        var r = Read(text, Issued2023);
        Assert.Equal(DeadlineForm.Ongoing, r.Kind);
        Assert.Equal((null, null, null), (r.Due, r.From, r.To));
        Assert.Empty(r.Notes);
    }

    [Fact]
    public void Heating_season_default_start_is_15_November_so_due_the_14th()
    {
        var r = Read("2023年采暖季前");
        Assert.Equal(DeadlineForm.Anchored, r.Kind);
        Assert.Equal(DeadlineReader.HeatingSeasonAnchor, r.Anchor);
        Assert.Equal(D(2023, 11, 14), r.Due);
        Assert.Null(r.From);
        Assert.Contains(r.Notes, n => n.Contains("11-15", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2023年采暖季前", 11, 1, 2023, 10, 31)]
    [InlineData("2023年采暖季前", 10, 15, 2023, 10, 14)]
    [InlineData("2023年采暖季前", 3, 1, 2023, 2, 28)]
    [InlineData("2024年采暖季前", 3, 1, 2024, 2, 29)]
    [InlineData("2024年采暖季前", 1, 1, 2023, 12, 31)]
    [InlineData("2023年冬季采暖季开始前", 11, 15, 2023, 11, 14)]
    [InlineData("2023-2024年采暖期以前", 11, 15, 2023, 11, 14)]
    [InlineData("2023年供暖季之前", 11, 10, 2023, 11, 9)]
    public void Heating_season_with_a_jurisdictions_start(string text, int sm, int sd, int y, int m, int d)
    {
        var r = Read(text, heating: new HeatingSeasonStart(sm, sd));
        Assert.Equal(DeadlineForm.Anchored, r.Kind);
        Assert.Equal(D(y, m, d), r.Due);
    }

    [Fact]
    public void Heating_season_without_a_year_takes_the_issue_year()
    {
        var r = Read("采暖季前", Issued2023);
        Assert.Equal((DeadlineForm.Anchored, (DateOnly?)D(2023, 11, 14)), (r.Kind, r.Due));
        Assert.Contains(DeadlineReader.YearFromIssueDateNote, r.Notes);
        Assert.Equal(DeadlineForm.Unparsed, Read("采暖季前").Kind);
        Assert.Equal(DeadlineForm.Unparsed, Read("2023-2025年采暖季前").Kind);
    }

    [Theory]
    [InlineData("11-15", 11, 15)]
    [InlineData("10-01", 10, 1)]
    [InlineData("02-28", 2, 28)]
    public void Heating_start_reads_MM_DD(string text, int m, int d) =>
        Assert.Equal(new HeatingSeasonStart(m, d), HeatingSeasonStart.TryParse(text));

    [Theory]
    [InlineData("02-29")]
    [InlineData("11-31")]
    [InlineData("13-01")]
    [InlineData("00-10")]
    [InlineData("1-15")]
    [InlineData("11/15")]
    [InlineData("11-15 ")]
    [InlineData("")]
    [InlineData(null)]
    public void Heating_start_refuses_anything_else(string? text) => Assert.Null(HeatingSeasonStart.TryParse(text));

    [Theory]
    [InlineData("每月", null, 2024, 2, 10, 2024, 2, 29)]
    [InlineData("每月底前", null, 2023, 2, 28, 2023, 2, 28)]
    [InlineData("每月底前", null, 2023, 3, 1, 2023, 3, 31)]
    [InlineData("每月10日前", 10, 2023, 5, 10, 2023, 5, 10)]
    [InlineData("每月10日前", 10, 2023, 5, 11, 2023, 6, 10)]
    [InlineData("每月10日前", 10, 2023, 12, 11, 2024, 1, 10)]
    [InlineData("每月31日前", 31, 2023, 4, 2, 2023, 4, 30)]
    public void Monthly(string text, int? day, int iy, int im, int id, int y, int m, int d)
    {
        var r = Read(text, D(iy, im, id));
        Assert.Equal(DeadlineForm.Recurring, r.Kind);
        Assert.Equal(new DeadlineRecurrence(RecurrenceFrequency.Monthly, null, day), r.Recurrence);
        Assert.Equal(D(y, m, d), r.Due);
        Assert.Contains(DeadlineReader.FirstDueFromIssueNote, r.Notes);
    }

    [Theory]
    [InlineData("每季度", 2023, 1, 1, 2023, 3, 31)]
    [InlineData("每季度末", 2023, 3, 31, 2023, 3, 31)]
    [InlineData("每季度末前", 2023, 4, 1, 2023, 6, 30)]
    [InlineData("每个季度", 2023, 7, 1, 2023, 9, 30)]
    [InlineData("每季度", 2023, 12, 31, 2023, 12, 31)]
    public void Quarterly(string text, int iy, int im, int id, int y, int m, int d)
    {
        var r = Read(text, D(iy, im, id));
        Assert.Equal(DeadlineForm.Recurring, r.Kind);
        Assert.Equal(new DeadlineRecurrence(RecurrenceFrequency.Quarterly, null, null), r.Recurrence);
        Assert.Equal(D(y, m, d), r.Due);
    }

    [Theory]
    [InlineData("每年9月底前", 9, null, 2023, 5, 31, 2023, 9, 30)]
    [InlineData("每年9月底前", 9, null, 2023, 9, 30, 2023, 9, 30)]
    [InlineData("每年9月底前", 9, null, 2023, 10, 1, 2024, 9, 30)]
    [InlineData("每年9月底以前", 9, null, 2023, 5, 31, 2023, 9, 30)]
    [InlineData("每年6月5日前", 6, 5, 2023, 5, 31, 2023, 6, 5)]
    [InlineData("每年年底前", 12, null, 2023, 5, 31, 2023, 12, 31)]
    [InlineData("每年2月底前", 2, null, 2023, 3, 1, 2024, 2, 29)]
    [InlineData("每年2月29日前", 2, 29, 2023, 1, 1, 2023, 2, 28)]
    [InlineData("每年2月29日前", 2, 29, 2024, 1, 1, 2024, 2, 29)]
    [InlineData("每年 ９ 月底前", 9, null, 2023, 5, 31, 2023, 9, 30)]
    public void Yearly(string text, int month, int? day, int iy, int im, int id, int y, int m, int d)
    {
        var r = Read(text, D(iy, im, id));
        Assert.Equal(DeadlineForm.Recurring, r.Kind);
        Assert.Equal(new DeadlineRecurrence(RecurrenceFrequency.Yearly, month, day), r.Recurrence);
        Assert.Equal(D(y, m, d), r.Due);
    }

    [Fact]
    public void Recurring_without_an_issue_date_has_the_rule_but_no_due_day()
    {
        var r = Read("每年9月底前");
        Assert.Equal(DeadlineForm.Recurring, r.Kind);
        Assert.Equal(new DeadlineRecurrence(RecurrenceFrequency.Yearly, 9, null), r.Recurrence);
        Assert.Null(r.Due);
        Assert.Empty(r.Notes);
        Assert.Equal(DeadlineForm.Unparsed, Read("每年13月底前").Kind);
        Assert.Equal(DeadlineForm.Unparsed, Read("每月32日前").Kind);
        Assert.Equal(DeadlineForm.Unparsed, Read("每年4月31日前").Kind);
    }

    /// <summary>002 大气 台账第 20 项: 完成时限 "2023年4月1日起", and the measure names 2025年1月1日起 too.</summary>
    [Theory]
    [InlineData("2023年4月1日起…2025年1月1日起")]
    [InlineData("2023年4月1日起；2025年1月1日起")]
    [InlineData("2023年4月1日起，2025年1月1日起")]
    [InlineData("2023年4月1日起 2025年1月1日起")]
    [InlineData("2023年4月1日起2025年1月1日起")]
    [InlineData("２０２３年４月１日起……２０２５年１月１日起")]
    public void Two_from_milestones(string text)
    {
        var r = Read(text);
        Assert.Equal(DeadlineForm.From, r.Kind);
        Assert.Equal(D(2023, 4, 1), r.From);
        Assert.Null(r.Due);
        Assert.Equal(text, r.Text);
        Assert.Equal(2, r.Milestones.Count);
        Assert.Equal((DeadlineForm.From, (DateOnly?)D(2023, 4, 1), (DateOnly?)null), (r.Milestones[0].Kind, r.Milestones[0].From, r.Milestones[0].Due));
        Assert.Equal((DeadlineForm.From, (DateOnly?)D(2025, 1, 1), (DateOnly?)null), (r.Milestones[1].Kind, r.Milestones[1].From, r.Milestones[1].Due));
        Assert.Empty(r.Notes);

        var stored = DeadlinePhrase.Parse(text);
        Assert.Equal((DeadlineKind.From, (DateOnly?)D(2023, 4, 1), (DateOnly?)null), (stored.Kind, stored.Start, stored.Due));
    }

    /// <summary>002 大气 台账第 22 项: "2023年5月1日起", and in the measure "9月1日起" without a year.</summary>
    [Fact]
    public void A_second_milestone_without_a_year_takes_the_first_ones()
    {
        var r = Read("2023年5月1日起；9月1日起");
        Assert.Equal(DeadlineForm.From, r.Kind);
        Assert.Equal(["2023年5月1日起", "9月1日起"], r.Milestones.Select(m => m.Text));
        Assert.Equal([D(2023, 5, 1), D(2023, 9, 1)], r.Milestones.Select(m => m.From!.Value));
        Assert.Single(r.Notes, n => n.Contains("沿用前一时点的 2023 年", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_milestones_without_a_year_take_the_issue_year()
    {
        var r = Read("5月1日起…9月1日起", Issued2023);
        Assert.Equal([D(2023, 5, 1), D(2023, 9, 1)], r.Milestones.Select(m => m.From!.Value));
        Assert.Equal([DeadlineReader.YearFromIssueDateNote], r.Notes);
        var none = Read("5月1日起…9月1日起");
        Assert.Equal(DeadlineForm.Unparsed, none.Kind);
        Assert.Empty(none.Milestones);
        Assert.Single(none.Notes, n => n.Contains("第 1 段", StringComparison.Ordinal));
    }

    /// <summary>002 大气 第 8 项: "2023年4月底前，制定…方案…，2023年10月底前全面完成": due at the last milestone.</summary>
    [Fact]
    public void Two_due_milestones_are_due_at_the_last()
    {
        var r = Read("2023年4月底前，2023年10月底前全面完成");
        Assert.Equal(DeadlineForm.By, r.Kind);
        Assert.Equal(D(2023, 10, 31), r.Due);
        Assert.Null(r.From);
        Assert.Equal([D(2023, 4, 30), D(2023, 10, 31)], r.Milestones.Select(m => m.Due!.Value));
        Assert.Equal((DeadlineKind.DueBy, (DateOnly?)D(2023, 10, 31)), (DeadlinePhrase.Parse(r.Text).Kind, DeadlinePhrase.Parse(r.Text).Due));
    }

    [Fact]
    public void Mixed_milestones_take_the_first_start_and_the_last_due()
    {
        var r = Read("2023年5月1日起、2023年采暖季前", heating: new HeatingSeasonStart(11, 1));
        Assert.Equal(DeadlineForm.Anchored, r.Kind);
        Assert.Equal(DeadlineReader.HeatingSeasonAnchor, r.Anchor);
        Assert.Equal(D(2023, 10, 31), r.Due);
        Assert.Equal(D(2023, 5, 1), r.From);
        Assert.Equal([DeadlineForm.From, DeadlineForm.Anchored], r.Milestones.Select(m => m.Kind));
    }

    [Theory]
    [InlineData("2023年4月底前；尽快")]
    [InlineData("2023年4月底前；2023年13月底前")]
    public void A_milestone_that_cannot_be_read_leaves_the_whole_phrase_unparsed(string text)
    {
        var r = Read(text);
        Assert.Equal(DeadlineForm.Unparsed, r.Kind);
        Assert.Equal(text, r.Text);
        Assert.Empty(r.Milestones);
        Assert.Single(r.Notes, n => n.Contains("第 2 段", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("尽快")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2023年13月底前")]
    [InlineData("2023年2月30日前")]
    [InlineData("2025-2021")]
    [InlineData("2023年9-5月")]
    [InlineData("2023年5月1日至4月30日")]
    [InlineData("0000年4月底前")]
    [InlineData("٢٠٢٣年4月底前")]
    [InlineData("2023年第五季度")]
    [InlineData("每年")]
    public void Unreadable_phrases_are_kept_verbatim(string text)
    {
        var r = Read(text, Issued2023);
        Assert.Equal(DeadlineForm.Unparsed, r.Kind);
        Assert.Equal(text.Trim(), r.Text);
        Assert.Equal((null, null, null, null, null), (r.Due, r.From, r.To, r.Anchor, r.Recurrence));
        Assert.Empty(r.Milestones);
        Assert.NotEmpty(r.Notes);
    }

    [Fact]
    public void Long_text_and_too_many_parts_are_not_read()
    {
        Assert.Equal(DeadlineForm.Unparsed, Read(new string('前', DeadlineReader.MaxLength + 1)).Kind);
        var many = string.Join("；", Enumerable.Range(1, DeadlineReader.MaxMilestones + 1).Select(i => $"2023年{(i % 12) + 1}月底前"));
        Assert.Equal(DeadlineForm.Unparsed, Read(many).Kind);
        var twelve = string.Join("；", Enumerable.Range(1, DeadlineReader.MaxMilestones).Select(i => $"2023年{i}月底前"));
        Assert.Equal(D(2023, 12, 31), Read(twelve).Due);
    }

    [Fact]
    public void Every_stored_kind_has_a_contract_kind()
    {
        foreach (var k in Enum.GetValues<DeadlineKind>())
            Assert.True(DeadlineReader.FormOf(k) != DeadlineForm.Unparsed || k == DeadlineKind.Unparsed, k.ToString());
        Assert.Equal(DeadlineForm.Period, DeadlineReader.FormOf(DeadlineKind.YearRange));
        Assert.Equal(DeadlineForm.Anchored, DeadlineReader.FormOf(DeadlineKind.BeforeHeatingSeason));
        Assert.Equal(DeadlineForm.Recurring, DeadlineReader.FormOf(DeadlineKind.RecurringQuarterly));
    }

    /// <summary>The stored names never change (they are in the database and in data/seed/*.json).</summary>
    [Fact]
    public void Stored_kind_names_are_stable()
    {
        Assert.Equal(
            ["DueBy", "From", "Window", "Ongoing", "BeforeHeatingSeason", "RecurringYearly", "YearRange", "Unparsed", "RecurringMonthly", "RecurringQuarterly"],
            Enum.GetNames<DeadlineKind>());
    }

    [Fact]
    public void Json_has_exactly_the_contract_fields_and_names()
    {
        var json = JsonSerializer.Serialize(Read("2023年4月1日起…2025年1月1日起"), SeedJson.Compact);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(["text", "kind", "due", "from", "to", "anchor", "recurrence", "milestones", "notes"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("from", root.GetProperty("kind").GetString());
        Assert.Equal("2023-04-01", root.GetProperty("from").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("due").ValueKind);
        var m = root.GetProperty("milestones")[1];
        Assert.Equal(["text", "kind", "due", "from"], m.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2025-01-01", m.GetProperty("from").GetString());

        var names = new[] { "每年9月底前", "2023年5-9月", "长期坚持", "2021-2025", "2023年采暖季前", "尽快", "2023年4月底前" }
            .Select(t => JsonDocument.Parse(JsonSerializer.Serialize(Read(t, Issued2023), SeedJson.Compact)).RootElement.GetProperty("kind").GetString());
        Assert.Equal(["recurring", "window", "ongoing", "period", "anchored", "unparsed", "by"], names);
        var rec = JsonDocument.Parse(JsonSerializer.Serialize(Read("每年9月底前"), SeedJson.Compact)).RootElement.GetProperty("recurrence");
        Assert.Equal("""{"frequency":"yearly","month":9,"day":null}""", rec.GetRawText());
    }

    private static readonly string[] Tokens =
    [
        "2023", "２０２３", "2024", "0000", "9999", "年", "月", "日", "4", "12", "13", "2", "29", "31", "0", "底", "末", "前", "以前",
        "之前", "起", "开工", "完成", "-", "—", "至", "每", "季度", "一", "第", "上半年", "下半年", "采暖季", "长期坚持", "；", "…", "，",
        " ", "　", "份", "自", "截至", "a", "\u0000",
    ];

    private static Gen<string> Phrase => Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(Gen.Elements(Tokens), n)).Select(a => string.Concat(a));

    /// <summary>Any text: no exception, the text kept (trimmed), and the dates that are given in order.</summary>
    [Property(MaxTest = 2000)]
    public Property Never_throws_and_keeps_the_text() => Prop.ForAll(Phrase.ToArbitrary(), text =>
    {
        var r = Read(text, Issued2023);
        var stored = DeadlinePhrase.Parse(text, 2023);
        return r.Text == text.Trim()
            && stored.Text == r.Text
            && (r.Kind == DeadlineForm.Unparsed) == (stored.Kind == DeadlineKind.Unparsed)
            && (r.Kind == DeadlineForm.Unparsed || r.Milestones.Count == 0 || r.Milestones[^1].Kind == r.Kind)
            && (r.From is null || r.To is null || r.From <= r.To)
            && (r.Kind != DeadlineForm.Unparsed || (r.Due, r.From, r.To) == (null, null, null));
    });
}
