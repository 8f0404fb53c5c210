namespace EcoGov.Core.Supervision;

/// <summary>
/// 单位名称 as cells print them: a project's 责任单位 cell can name several units separated by spaces or 、; each is made
/// comparable by <see cref="DepartmentNames.Normalize"/> (one spelling per department).
/// </summary>
public static class UnitNames
{
    /// <summary>
    /// The unit names in some cells, split and normalised, without repeats
    /// ("区生态环境分局 晋城市凤禹排水有限公司 相关镇（街道）" is three units).
    /// </summary>
    public static IEnumerable<string> Split(IEnumerable<string?> cells) =>
        cells.Where(c => !string.IsNullOrWhiteSpace(c))
            .SelectMany(c => c!.Split([' ', '\u3000', '、', '，', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(DepartmentNames.Normalize).Where(n => n.Length > 0).Distinct();
}
