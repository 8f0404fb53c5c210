using EcoGov.Core.Text;

namespace EcoGov.Data.Monitoring;

/// <summary>
/// What the CLI and the API report for an import: the <see cref="MonitoringImportResult"/> with at most
/// <see cref="UserText.MaxListedErrors"/> rejections listed (the first, by row) and <see cref="RejectedCount"/> giving
/// them all, so a file with a million bad rows answers with a page, not a million lines.
/// </summary>
public sealed record MonitoringImportReport(int? Import, string File, int Rows, int Stored, int Unchanged,
    IReadOnlyList<MonitoringRejection> Rejected, int RejectedCount)
{
    public static MonitoringImportReport From(MonitoringImportResult r, int max = UserText.MaxListedErrors) =>
        new(r.Import, r.File, r.Rows, r.Stored, r.Unchanged, r.Rejected.Take(max).ToList(), r.Rejected.Count);

    /// <summary>The rejections listed, then "… 另有 M 处 (and M more)" when some were left out.</summary>
    public IReadOnlyList<string> RejectedLines() => UserText.FirstLines(Rejected.Select(x => x.ToString()), RejectedCount, Rejected.Count);
}
