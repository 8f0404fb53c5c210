using System.Text;

namespace EcoGov.Documents.Monitoring;

/// <summary>One CSV record: its fields and its row number (1-based; the header is row 1).</summary>
public sealed record CsvRecord(int Row, IReadOnlyList<string> Fields);

/// <summary>A CSV syntax error at a row.</summary>
public sealed class CsvSyntaxException(int row, int column, string message) : Exception(message)
{
    public int Row { get; } = row;
    public int Column { get; } = column;
}

/// <summary>
/// A small RFC 4180 reader: comma-separated fields, optional double quotes around a field (a quote inside is
/// written twice), CRLF or LF line ends, line breaks allowed inside quotes. Row numbers count records, so
/// they equal line numbers unless a quoted field spans lines (then the row is where the record starts).
/// Blank lines are skipped but counted. A leading BOM is dropped.
/// </summary>
public static class CsvRecords
{
    public static IEnumerable<CsvRecord> Parse(string text)
    {
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var row = 1;
        var fields = new List<string>();
        var field = new StringBuilder();
        var recordRow = 1;
        while (i <= text.Length)
        {
            // Start of a field.
            if (fields.Count == 0) recordRow = row;
            var quoted = i < text.Length && text[i] == '"';
            if (quoted)
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                        throw new CsvSyntaxException(recordRow, fields.Count + 1, "unterminated quoted field / 引号未闭合");
                    var c = text[i];
                    if (c == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    if (c == '\n') row++;
                    field.Append(c);
                    i++;
                }
                if (i < text.Length && text[i] != ',' && text[i] != '\r' && text[i] != '\n')
                    throw new CsvSyntaxException(recordRow, fields.Count + 1, "text after a closing quote / 引号后有多余字符");
            }
            else
            {
                while (i < text.Length && text[i] != ',' && text[i] != '\r' && text[i] != '\n')
                {
                    if (text[i] == '"')
                        throw new CsvSyntaxException(recordRow, fields.Count + 1, "quote inside an unquoted field / 未加引号的字段中有引号");
                    field.Append(text[i]);
                    i++;
                }
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i < text.Length && text[i] == ',') { i++; continue; }

            // End of record: line end or end of text.
            var atEnd = i >= text.Length;
            if (!atEnd)
            {
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                i++;
            }
            var blank = fields.Count == 1 && fields[0].Length == 0 && !quoted;
            if (!blank) yield return new CsvRecord(recordRow, fields);
            fields = [];
            row++;
            if (atEnd || i >= text.Length) yield break;
        }
    }
}
