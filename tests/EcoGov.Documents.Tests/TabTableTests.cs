using EcoGov.Documents.Seeds;

namespace EcoGov.Documents.Tests;

public class TabTableTests
{
    [Fact]
    public void Cell_per_line_rows_join_continuation_lines_and_keep_empty_cells()
    {
        var text = new SeedText("t", "t.txt", "head\n\t分区\n\t优先\n\n\t\n\t\n\t6.第一行\n续行\n\t依据\n\nend");
        var rows = TabTable.ReadCellPerLine(text, 2, 10);
        Assert.Equal(2, rows.Count);
        Assert.Equal(["分区", "优先"], rows[0].Cells);
        Assert.Equal(2, rows[0].Line);
        Assert.Equal(["", "", "6.第一行\n续行", "依据"], rows[1].Cells);
        Assert.Equal(5, rows[1].Line);
    }

    [Fact]
    public void Inline_rows_split_on_tabs_and_skip_blank_lines()
    {
        var text = new SeedText("t", "t.txt", "类别\t序号\t指标\n\n\t2\t氨氮");
        var rows = TabTable.ReadInline(text, 1, 3);
        Assert.Equal(2, rows.Count);
        Assert.Equal("", rows[1][0]);
        Assert.Equal("氨氮", rows[1][2]);
        Assert.Equal("", rows[1][7]);
        Assert.Equal(3, rows[1].Line);
    }
}
