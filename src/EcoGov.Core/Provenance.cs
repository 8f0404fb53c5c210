namespace EcoGov.Core;

/// <summary>
/// Where a record came from: 来源 (source document, section or table, line, row label).
/// Every record imported from a seed document carries one.
/// </summary>
/// <param name="Document">Seed document id, e.g. "001" (see <see cref="Plans.SourceDocument"/>).</param>
/// <param name="Section">Section or table as the document names it, e.g. "表2 晋城市“十四五”生态环境保护规划指标体系".</param>
/// <param name="Line">1-based line in the document's text where the record starts.</param>
/// <param name="Row">Row label as printed (序号, month, county), when the record is a table row.</param>
public sealed record Provenance(string Document, string Section, int Line, string? Row = null)
{
    public override string ToString() =>
        Row is null ? $"{Document} · {Section} · 第{Line}行" : $"{Document} · {Section} · 第{Line}行 · {Row}";
}
