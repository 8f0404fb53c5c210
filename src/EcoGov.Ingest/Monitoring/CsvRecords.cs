using System.Buffers;
using System.Globalization;
using System.Text;
using EcoGov.Core.Text;

namespace EcoGov.Ingest.Monitoring;

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
/// does not start a new row. Completely empty lines are skipped (but still counted). Bounded as it reads: a field
/// longer than <see cref="MonitoringLimits.MaxCellChars"/> or a record with more than <see cref="MonitoringLimits.MaxColumns"/>
/// fields is a <see cref="CsvSyntaxException"/> thrown as soon as the reader gets there, before the rest is read.
/// </summary>
public static class CsvRecords
{
    /// <summary>Characters that end a run of plain field text outside quotes.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(",\r\n\"");

    /// <summary>Records of a whole text; a leading BOM is dropped.</summary>
    public static IEnumerable<CsvRecord> Parse(string text)
    {
        var reader = new StringReader(text);
        if (text.Length > 0 && text[0] == '\uFEFF') reader.Read(); // skip the BOM without copying the text
        return Read(reader);
    }

    public static IEnumerable<CsvRecord> Read(TextReader reader)
    {
        // Read in blocks; plain runs of field text (outside quotes: up to , CR LF or "; inside: up to ") are appended
        // at once rather than character by character. The state machine is the same per character.
        var buffer = new char[16 * 1024];
        int pos = 0, len = 0;
        var fields = new List<string>();
        var field = new StringBuilder();
        int row = 1;
        bool inQuotes = false, wasQuoted = false, afterQuote = false, any = false;

        int Next()
        {
            if (pos == len && !Fill()) return -1;
            return buffer[pos++];
        }

        int Peek() => pos == len && !Fill() ? -1 : buffer[pos];

        bool Fill()
        {
            len = reader.Read(buffer, 0, buffer.Length);
            pos = 0;
            return len > 0;
        }

        // After reading c at pos − 1: append it and the rest of its run (up to a character in stops) to the field.
        void AppendRun(SearchValues<char> stops)
        {
            int start = pos - 1;
            int run = buffer.AsSpan(pos, len - pos).IndexOfAny(stops);
            int end = run < 0 ? len : pos + run;
            if (field.Length + (end - start) > MonitoringLimits.MaxCellChars) throw CellTooLong(buffer.AsSpan(start, end - start));
            field.Append(buffer, start, end - start);
            pos = end;
        }

        // The field being read would pass MaxCellChars: stop here, quoting only the field's first characters.
        CsvSyntaxException CellTooLong(ReadOnlySpan<char> more)
        {
            var prefix = new char[Math.Min(UserText.MaxQuotedChars, field.Length + more.Length)];
            var fromField = Math.Min(prefix.Length, field.Length);
            field.CopyTo(0, prefix, fromField);
            more[..(prefix.Length - fromField)].CopyTo(prefix.AsSpan(fromField));
            return new CsvSyntaxException(row, fields.Count + 1, string.Create(CultureInfo.InvariantCulture,
                $"单元格“{UserText.Quote(prefix, int.MaxValue)}”超过 {MonitoringLimits.MaxCellChars} 个字符 (cell longer than {MonitoringLimits.MaxCellChars} characters)"));
        }

        // A field ends at a comma: a next field starts, which must be within MaxColumns.
        void EndField()
        {
            fields.Add(field.ToString());
            field.Clear();
            if (fields.Count >= MonitoringLimits.MaxColumns)
                throw new CsvSyntaxException(row, fields.Count + 1, string.Create(CultureInfo.InvariantCulture,
                    $"字段超过 {MonitoringLimits.MaxColumns} 个 (more than {MonitoringLimits.MaxColumns} fields in a row)"));
        }

        while (true)
        {
            int c = Next();
            if (inQuotes)
            {
                if (c == -1) throw new CsvSyntaxException(row, fields.Count + 1, "引号未闭合 (unterminated quoted field)");
                if (c == '"')
                {
                    if (Peek() == '"')
                    {
                        Next();
                        if (field.Length >= MonitoringLimits.MaxCellChars) throw CellTooLong("\"");
                        field.Append('"');
                    }
                    else { inQuotes = false; afterQuote = true; }
                }
                else AppendRun(Quote);
                continue;
            }
            if (c == ',')
            {
                EndField();
                wasQuoted = afterQuote = false;
                any = true;
                continue;
            }
            if (c == '\r' || c == '\n' || c == -1)
            {
                if (c == '\r' && Peek() == '\n') Next();
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
            AppendRun(Special);
        }
    }

    private static readonly SearchValues<char> Quote = SearchValues.Create("\"");
}
