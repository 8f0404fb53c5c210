namespace EcoGov.Core.Supervision;

/// <summary>
/// 单位名称 the names of lead and cooperating units as the plans print them, made comparable: one spelling per
/// department ("区发改(能源)局" and "区发改（能源）局" are one), and a cell that names several split.
/// </summary>
public static class UnitNames
{
    /// <summary>Full-width brackets, no white space.</summary>
    public static string Normalize(string name) =>
        string.Concat(name.Trim().Where(c => !char.IsWhiteSpace(c)).Select(c => c switch { '(' => '（', ')' => '）', _ => c }));

    /// <summary>
    /// The unit names in some cells, split and normalised, without repeats: a project's 责任单位 cell can name several
    /// separated by spaces or 、 ("区生态环境分局 晋城市凤禹排水有限公司 相关镇（街道）").
    /// </summary>
    public static IEnumerable<string> Split(IEnumerable<string?> cells) =>
        cells.Where(c => !string.IsNullOrWhiteSpace(c))
            .SelectMany(c => c!.Split([' ', '\u3000', '、', '，', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(Normalize).Where(n => n.Length > 0).Distinct();
}
