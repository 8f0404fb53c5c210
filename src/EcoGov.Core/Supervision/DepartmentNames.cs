using System.Text;

namespace EcoGov.Core.Supervision;

/// <summary>
/// 单位名称 the one spelling of a department's name: the seeds print the same unit with half- and full-width
/// parentheses ("区发改(能源)局" / "区发改（能源）局"), with spaces inside it, or with full-width letters and digits.
/// Only the form is unified; names that differ in words (区城管局 / 区城市管理局) are left as printed.
/// </summary>
public static class DepartmentNames
{
    /// <summary>
    /// The normalised form of one unit name: no whitespace (also U+3000), parentheses and brackets full-width
    /// (（）【】), full-width ASCII letters and digits half-width, no leading or trailing list punctuation.
    /// </summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF') continue;
            sb.Append(c switch
            {
                '(' => '（',
                ')' => '）',
                '[' or '［' or '〔' => '【',
                ']' or '］' or '〕' => '】',
                >= '０' and <= '９' => (char)(c - '０' + '0'),
                >= 'Ａ' and <= 'Ｚ' => (char)(c - 'Ａ' + 'A'),
                >= 'ａ' and <= 'ｚ' => (char)(c - 'ａ' + 'a'),
                _ => c,
            });
        }
        return sb.ToString().Trim(ListPunctuation);
    }

    /// <summary>Whether two printed names are the same department.</summary>
    public static bool Same(string a, string b) => Normalize(a) == Normalize(b);

    private static readonly char[] ListPunctuation = ['、', '，', ',', '；', ';', '。', '：', ':'];
}
