using System.Text;
using EcoGov.Ingest.Monitoring;

namespace EcoGov.Ingest.Tests.Monitoring;

/// <summary>
/// The block-reading tokenizer gives the same records and the same syntax errors as the character-by-character one
/// before it (kept here verbatim as the oracle) on generated texts: quotes, doubled quotes, CR/LF/CRLF, empty lines,
/// malformed quoting, texts longer than the read block.
/// </summary>
public class CsvRecordsEquivalenceTests
{
    private static class Reference
    {
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

    private static string Outcome(Func<IEnumerable<CsvRecord>> parse)
    {
        var sb = new StringBuilder();
        try
        {
            foreach (var r in parse()) sb.Append(r.Row).Append(':').AppendJoin('|', r.Fields).Append('\n');
        }
        catch (CsvSyntaxException e)
        {
            sb.Append($"error {e.Row},{e.Column}: {e.Message}");
        }
        return sb.ToString();
    }

    [Fact]
    public void Records_and_errors_are_the_same_as_before()
    {
        string[] pieces = ["a", "bc", "12.5", ",", ",", "\"", "\"\"", "\r", "\n", "\r\n", " ", "é", "2023-01-01 00:00"];
        for (int seed = 0; seed < 3000; seed++)
        {
            var rnd = new Random(seed);
            var sb = new StringBuilder();
            if (seed % 7 == 0) sb.Append('\uFEFF');
            int length = seed % 50 == 0 ? 40_000 : rnd.Next(0, 200);
            bool clean = seed % 3 == 0; // mostly well-formed: quotes only around whole fields
            while (sb.Length < length)
            {
                if (clean)
                {
                    var f = rnd.Next(4) == 0 ? "\"x,\"\"y\ny\"" : pieces[rnd.Next(0, 3)];
                    sb.Append(f).Append(rnd.Next(5) == 0 ? (rnd.Next(3) == 0 ? "\r\n" : "\n") : ",");
                }
                else sb.Append(pieces[rnd.Next(pieces.Length)]);
            }
            var text = sb.ToString();
            var bom = text.Length > 0 && text[0] == '\uFEFF';
            Assert.Equal(Outcome(() => Reference.Read(new StringReader(bom ? text[1..] : text))), Outcome(() => CsvRecords.Parse(text)));
            Assert.Equal(Outcome(() => Reference.Read(new StringReader(text))), Outcome(() => CsvRecords.Read(new StringReader(text))));
        }
    }
}
