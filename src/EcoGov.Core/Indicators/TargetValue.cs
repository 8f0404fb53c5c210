using System.Globalization;
using System.Text.RegularExpressions;
using EcoGov.Core.Text;

namespace EcoGov.Core.Indicators;

/// <summary>
/// The forms a plan target takes (plan-supervision reference §2). Targets are never flattened to text.
/// </summary>
public enum TargetKind
{
    /// <summary>一个数 "75", "0".</summary>
    Number,
    /// <summary>下限 "≥25.64", "不低于 95".</summary>
    AtLeast,
    /// <summary>上限 "≤7.1", "不高于 36".</summary>
    AtMost,
    /// <summary>相对基准下降 "下降 10%".</summary>
    RelativeDecrease,
    /// <summary>相对基准上升 "提高 5%".</summary>
    RelativeIncrease,
    /// <summary>定性 "完成", "有效保障", "稳定".</summary>
    Qualitative,
    /// <summary>上级下达 "完成省级要求", "完成市下达指标": resolved when the higher level sets a number.</summary>
    HigherLevelReference,
    /// <summary>水质类别 "Ⅲ类", "V类": a water-quality class target.</summary>
    WaterClass,
}

/// <summary>
/// 目标值 one target of an indicator for one year, parsed from its printed text, which is kept verbatim.
/// </summary>
/// <param name="Year">Target year; null where the table gives none (e.g. a section target).</param>
/// <param name="Value">The number for Number/AtLeast/AtMost/Relative*; the class 1..5 (6 = 劣Ⅴ) for WaterClass.</param>
public sealed record TargetValue(int? Year, TargetKind Kind, double? Value, string Text)
{
    private static readonly Regex HigherLevel = new(
        "(省|市|国家|上级).{0,4}(要求|指标|目标|任务)|(省|市|国家)(下达|定|考核)",
        RegexOptions.Compiled);

    private static readonly Regex Bound = new(
        @"^(力争|确保|争取)?(?<op>≥|>=|≧|不低于|不少于|大于等于|达到|≤|<=|≦|不高于|不超过|小于等于|低于|控制在|降到|降至|下降到|下降至)\s*(?<n>-?[0-9]+(\.[0-9]+)?)\s*(?<unit>%|％)?(以上|以下|以内)?$",
        RegexOptions.Compiled);

    private static readonly Regex Relative = new(
        @"^(比\S{0,12})?(?<dir>下降|降低|减少|削减|提高|提升|增长|上升)\s*(?<n>[0-9]+(\.[0-9]+)?)\s*(%|％)?(以上)?$",
        RegexOptions.Compiled);

    private static readonly Regex Trailing = new(@"^(?<n>-?[0-9]+(\.[0-9]+)?)\s*(?<suffix>%|％|以上|以下)?$", RegexOptions.Compiled);

    /// <summary>
    /// Reads a target cell. Returns null for an empty cell (no target printed): the caller decides
    /// whether that is a gap to report. Text that fits no numeric form is <see cref="TargetKind.Qualitative"/>.
    /// </summary>
    public static TargetValue? Parse(string? text, int? year)
    {
        var raw = (text ?? "").Trim();
        var t = TextNormalizer.Normalize(raw);
        if (t.Length == 0 || t is "—" or "--" or "-" or "/" or "／") return null;

        if (HigherLevel.IsMatch(t)) return new(year, TargetKind.HigherLevelReference, null, raw);

        var waterClass = WaterQualityClassText.TryParse(t);
        if (waterClass is not null) return new(year, TargetKind.WaterClass, waterClass, raw);

        var m = Trailing.Match(t);
        if (m.Success)
        {
            var n = double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            return m.Groups["suffix"].Value switch
            {
                "以上" => new(year, TargetKind.AtLeast, n, raw),
                "以下" => new(year, TargetKind.AtMost, n, raw),
                _ => new(year, TargetKind.Number, n, raw),
            };
        }

        m = Bound.Match(t);
        if (m.Success)
        {
            var n = double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            var op = m.Groups["op"].Value;
            var atMost = op is "≤" or "<=" or "≦" or "不高于" or "不超过" or "小于等于" or "低于" or "控制在" or "降到" or "降至" or "下降到" or "下降至"
                         || m.Groups[0].Value.EndsWith("以下") || m.Groups[0].Value.EndsWith("以内");
            return new(year, atMost ? TargetKind.AtMost : TargetKind.AtLeast, n, raw);
        }

        m = Relative.Match(t);
        if (m.Success)
        {
            var n = double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            var down = m.Groups["dir"].Value is "下降" or "降低" or "减少" or "削减";
            return new(year, down ? TargetKind.RelativeDecrease : TargetKind.RelativeIncrease, n, raw);
        }

        return new(year, TargetKind.Qualitative, null, raw);
    }
}
