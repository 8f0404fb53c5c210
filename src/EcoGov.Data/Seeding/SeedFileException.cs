namespace EcoGov.Data.Seeding;

/// <summary>
/// A seed file that cannot be imported: names the file and where in it (line, or record path such
/// as <c>indicators[3].planId</c>) and what is wrong. Nothing is written when one is thrown.
/// </summary>
public sealed class SeedFileException(string file, string location, string problem)
    : Exception($"种子数据文件有误 / bad seed file: {file}，位置 {location}：{problem}")
{
    public string File { get; } = file;
    public string Location { get; } = location;
    public string Problem { get; } = problem;
}
