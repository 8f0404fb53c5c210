namespace EcoGov.Documents.Seeds;

/// <summary>
/// A table row as the Word export lays it out: the cells of one row, each with the line it starts on.
/// </summary>
public sealed record TableRow(int Line, IReadOnlyList<string> Cells)
{
    public string this[int i] => i < Cells.Count ? Cells[i] : "";
    public int Count => Cells.Count;
}

/// <summary>
/// Reads the two table layouts of the seed exports.
/// <list type="bullet">
/// <item><b>Inline</b>: one row per line, cells separated by tabs ("类别\t序号\t指标…").</item>
/// <item><b>Cell-per-line</b>: a row is a block of lines separated by a blank line; each line that starts
/// with a tab begins a new cell, and a line without a leading tab continues the previous cell
/// (multi-line cells, as in 000 附件3).</item>
/// </list>
/// </summary>
public static class TabTable
{
    /// <summary>Inline rows from <paramref name="first"/> to <paramref name="last"/> (1-based, inclusive); blank lines skipped.</summary>
    public static IReadOnlyList<TableRow> ReadInline(SeedText text, int first, int last)
    {
        var rows = new List<TableRow>();
        for (int n = first; n <= last; n++)
        {
            var line = text.Line(n);
            if (string.IsNullOrWhiteSpace(line)) continue;
            rows.Add(new TableRow(n, line.Split('\t').Select(c => c.Trim()).ToList()));
        }
        return rows;
    }

    /// <summary>Cell-per-line rows from <paramref name="first"/> to <paramref name="last"/> (1-based, inclusive).</summary>
    public static IReadOnlyList<TableRow> ReadCellPerLine(SeedText text, int first, int last)
    {
        var rows = new List<TableRow>();
        List<string>? cells = null;
        int rowLine = 0;
        void Flush()
        {
            if (cells is { Count: > 0 }) rows.Add(new TableRow(rowLine, cells.Select(c => c.Trim()).ToList()));
            cells = null;
        }
        for (int n = first; n <= last; n++)
        {
            var line = text.Line(n);
            if (line.Length == 0 || (line.Trim().Length == 0 && !line.Contains('\t')))
            {
                Flush();
                continue;
            }
            if (line.StartsWith('\t'))
            {
                if (cells is null) { cells = []; rowLine = n; }
                // One line may hold several cells: "\t\t6.利用水域…" opens empty cells first.
                var parts = line.Split('\t');
                for (int i = 1; i < parts.Length; i++) cells.Add(parts[i]);
            }
            else if (cells is { Count: > 0 })
            {
                cells[^1] = cells[^1] + "\n" + line;
            }
            else
            {
                cells = [line];
                rowLine = n;
            }
        }
        Flush();
        return rows;
    }
}
