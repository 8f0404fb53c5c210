namespace EcoGov.Core.Monitoring;

/// <summary>
/// How far a large import has written its rows: a monitoring import's hours (reported every <c>BulkInsert.ProgressStep</c>
/// rows) or a layer import's features. Here rather than with the stores that report it, so that a host can show it (the
/// CLI's progress bar) without naming a type of EcoGov.Data.
/// </summary>
public readonly record struct ImportProgress(long Written, long Total);
