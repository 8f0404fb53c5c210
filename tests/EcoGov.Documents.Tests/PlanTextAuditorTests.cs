using System.Text;
using EcoGov.Documents.Audit;

namespace EcoGov.Documents.Tests;

/// <summary>The plain-text plan auditor's rules at their edges (the planted-errors document is in the application tests).</summary>
public sealed class PlanTextAuditorTests
{
    private static IReadOnlyList<TextAuditFinding> Audit(string text) => PlanTextAuditor.Audit(new PlanTextDocument("t.txt", text));

    [Theory]
    [InlineData("PM _{2.5}", "PM2.5")]
    [InlineData("PM₂.₅", "PM2.5")]
    [InlineData("SO ₂", "SO2")]
    [InlineData("空气质量优良天数比例（%）", "空气质量优良天数比例")]
    [InlineData("PM2.5平均浓度(微克/立方米)", "PM2.5平均浓度")]
    public void Indicator_names_are_compared_without_markup_spaces_or_unit(string printed, string key) =>
        Assert.Equal(key, PlanTextAuditor.IndicatorKey(printed));

    [Theory]
    [InlineData("PM2.5平均浓度", -1)]
    [InlineData("重污染天数", -1)]
    [InlineData("CO", -1)]
    [InlineData("VOCs排放", 0)]
    [InlineData("空气质量优良天数比例", 1)]
    [InlineData("地表水劣V类水体比例", -1)]
    [InlineData("单位国内生产总值二氧化碳排放降低", 0)]
    [InlineData("森林蓄积量", 0)]
    public void The_direction_an_indicator_must_move_comes_from_its_name(string key, int direction) =>
        Assert.Equal(direction, PlanTextAuditor.Direction(key));

    [Fact]
    public void A_chapter_whose_heading_is_present_is_not_reported_and_spaces_in_titles_do_not_matter()
    {
        var text = "目 录\n\n第一章\t总则\t1\n第二章\t任务与 措施\t3\n\n第一章 总则\n\n正文。\n\n第二章 任务与措施\n\n正文。\n";
        Assert.Empty(Audit(text));
    }

    [Theory]
    [InlineData("区生态环境分局 晋城市凤禹排水有限公司 相关镇（街道）", "区生态环境分局|晋城市凤禹排水有限公司|相关镇（街道）")]
    [InlineData("市国有资产投资 运营有限公司", "市国有资产投资运营有限公司")]
    [InlineData("区工信局、区民营经济局，区生态环境分局", "区工信局|区民营经济局|区生态环境分局")]
    [InlineData("区发改(能源)局", "区发改（能源）局")]
    [InlineData("泽州 县人 民政府", "泽州县人民政府")]
    public void A_unit_cell_is_split_where_names_end(string cell, string units) =>
        Assert.Equal(units.Split('|'), UnitNameForm.Split(cell));

    [Theory]
    [InlineData("区生态环境分局", null)]
    [InlineData("各镇（街道）", null)]
    [InlineData("南村镇", null)]
    [InlineData("区市容环卫中心", null)]
    [InlineData("某某煤业有限责任公司", "是企业")]
    [InlineData("区住建居", "可能有错字")]
    public void A_government_body_is_known_by_the_end_of_its_name(string name, string? why)
    {
        var answer = UnitNameForm.NotGovernment(name);
        if (why is null) Assert.Null(answer);
        else Assert.Contains(why, answer);
    }

    [Fact]
    public void A_contents_with_dot_leaders_is_read_too()
    {
        var text = "目 录\n\n第一章 总则……………………1\n第二章 保障措施………………9\n第一节 组织领导………………9\n\n第一章 总则\n\n正文。\n";
        var finding = Assert.Single(Audit(text));
        Assert.Equal(("chapterMissing", 4), (finding.Kind, finding.Line));
        Assert.Contains("第二章 保障措施", finding.Message);
    }

    [Fact]
    public void A_stated_investment_is_compared_in_the_unit_of_the_column()
    {
        var text = "第一章 工程\n\n总投资约 1.5 亿元。\n\n序号\t项目名称\t建设内容\t投资（万元）\n1\t甲工程\t建设甲\t8000\n2\t乙工程\t建设乙\t7000\n";
        Assert.Empty(Audit(text));
        Assert.Single(Audit(text.Replace("1.5 亿元", "1.8 亿元", StringComparison.Ordinal)), f => f.Kind == "totalMismatch" && f.Message.Contains("相差0.3亿元"));
        Assert.Empty(Audit(text.Replace("投资（万元）", "投资", StringComparison.Ordinal).Replace("1.5 亿元", "1.8 亿元", StringComparison.Ordinal)));
        Assert.Empty(Audit(text.Replace("总投资约 1.5 亿元。", "本县共有 3 个乡镇。", StringComparison.Ordinal)));   // not a count of the table's rows
    }

    [Fact]
    public void Numbering_that_restarts_at_1_or_continues_the_table_before_is_not_a_gap()
    {
        var text = "序号\t具体措施\t牵头单位\n1\t甲\t县生态环境局\n2\t乙\t县生态环境局\n1\t丙\t县住建局\n\n续表\n\n序号\t具体措施\t牵头单位\n2\t丁\t县住建局\n";
        Assert.Empty(Audit(text));
    }

    [Fact]
    public void A_stated_total_agrees_to_its_last_digit()
    {
        var text = "第一章 工程\n\n共 2 项，总投资约 1.6 亿元。\n\n序号\t项目名称\t建设内容\t投资估算（亿元）\n1\t甲工程\t建设甲\t0.84\n2\t乙工程\t建设乙\t0.79\n合计\t\t\t1.63\n";
        Assert.Empty(Audit(text));
        Assert.Single(Audit(text.Replace("1.6 亿元", "1.7 亿元", StringComparison.Ordinal)), f => f.Kind == "totalMismatch" && f.Line == 3);
    }

    [Fact]
    public void A_deadline_on_the_issue_date_is_not_before_it()
    {
        var text = "2024年3月31日\n\n序号\t具体措施\t完成时限\t牵头单位\n1\t甲\t2024年3月底前\t县生态环境局\n2\t乙\t2024年2月底前\t县生态环境局\n";
        Assert.Equal([("deadlineBeforeIssue", 5)], Audit(text).Select(f => (f.Kind, f.Line)));
    }

    [Fact]
    public void A_statement_about_the_baseline_year_is_not_compared_with_the_target()
    {
        var text = "2023年全县PM2.5平均浓度达到39微克/立方米。到2024年，PM2.5平均浓度降到36。\n\n类别\t序号\t指标\t2023年\t2024年\t属性\n大气\t1\tPM2.5平均浓度（微克/立方米）\t39\t36\t约束性\n";
        Assert.Empty(Audit(text));
        Assert.Single(Audit(text.Replace("降到36", "降到35", StringComparison.Ordinal)), f => f.Kind == "textTableMismatch" && f.Line == 1);
    }

    [Fact]
    public void Findings_are_capped_with_a_note_of_how_many_were_left_out()
    {
        var sb = new StringBuilder("序号\t具体措施\t完成时限\t牵头单位\n");
        for (int i = 1; i <= PlanTextAuditor.MaxFindings + 5; i++) sb.Append(i).Append("\t措施\t待定\t县生态环境局\n");
        var findings = Audit(sb.ToString());
        Assert.Equal(PlanTextAuditor.MaxFindings + 1, findings.Count);
        Assert.Equal("findingsTruncated", findings[^1].Kind);
        Assert.Contains("其余 5 条", findings[^1].Message);
    }

    [Fact]
    public void Figures_too_long_for_a_number_are_skipped_not_thrown()
    {
        // A count past int.MaxValue before a table, a 30-digit total and a 30-digit target: a crafted upload, audited without an exception.
        var huge = new string('9', 30);
        var text = $"重点工程\n\n共99999999999项，总投资{huge}亿元。\n序号\t项目\t投资（亿元）\n1\t甲\t1.5\n2\t乙\t2\n\n" +
                   $"指标\t2020年\t2025年\nPM2.5平均浓度\t40\t{huge}\n\n到2025年，PM2.5平均浓度控制在{huge}。\n";
        var findings = Audit(text);
        Assert.DoesNotContain(findings, f => f.Message.Contains("99999999999项"));
    }
}
