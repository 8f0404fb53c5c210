using System.Text;

namespace EcoGov.Documents.Monitoring;

/// <summary>One CSV record: its 1-based record number (the header is record 1) and its fields.</summary>
public sealed record CsvRecord(int Row, IReadOnlyList<string> Fields);

/// <summary>A CSV syntax error at a record and field (both 1-based).</summary>
public sealed class CsvSyntaxException(int row, int column, string message) : Exception(message)
{
    public int Row { get; } = row;
    public int Column { get; } = column;
}

/// <summary>
/// RFC 4180 records: comma-separated fields, fields in double quotes may hold commas, line breaks and
/// doubled quotes (""); records end at CRLF, LF or CR. Rows are counted as records, so a quoted line break
/// does not start a new row. Completely empty lines are skipped (but still counted).
/// </summary>
public static class CsvRecords
{
    /// <summary>Records of a whole text; a leading BOM is dropped.</summary>
    public static IEnumerable<CsvRecord> Parse(string text) =>
        Read(new StringReader(text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text));

    public static IEnumerable<CsvRecord> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        int row = 1;
        bool inQuotes = false, wasQuoted = false, afterQuote = false, any = false;

        while (true)
        {
            int c = reader.Read();
            if (inQuotes)
            {
                if (c == -1) throw new CsvSyntaxException(row, fields.Count + 1, "引号未闭合 (unterminated quoted field)");
                if (c == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else { inQuotes = false; afterQuote = true; }
                }
                else field.Append((char)c);
                continue;
            }
            if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                wasQuoted = afterQuote = false;
                any = true;
                continue;
            }
            if (c == '\r' || c == '\n' || c == -1)
            {
                if (c == '\r' && reader.Peek() == '\n') reader.Read();
                if (any || field.Length > 0 || wasQuoted)
                {
                    fields.Add(field.ToString());
                    yield return new CsvRecord(row, fields.ToArray());
                }
                fields.Clear();
                field.Clear();
                wasQuoted = afterQuote = any = false;
                if (c == -1) yield break;
                row++;
                continue;
            }
            if (afterQuote)
                throw new CsvSyntaxException(row, fields.Count + 1, "引号后有多余字符 (characters after a closing quote)");
            if (c == '"')
            {
                if (field.Length > 0) throw new CsvSyntaxException(row, fields.Count + 1, "未加引号的字段中有引号 (quote inside an unquoted field)");
                inQuotes = wasQuoted = true;
                any = true;
                continue;
            }
            field.Append((char)c);
        }
    }
}
