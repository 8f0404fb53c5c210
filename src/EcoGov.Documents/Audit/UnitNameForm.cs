using EcoGov.Core.Supervision;

namespace EcoGov.Documents.Audit;

/// <summary>
/// Whether a unit's name reads as a government body's (the lead-unit rule of 规划自查, used on imported plans and on
/// plain text alike): not an enterprise's (公司、集团、企业、合作社、厂), and ending as a government body's name ends —
/// 局、委（委员会）、办（办公室、办事处）、政府、中心 (a public institution of a government), 镇、乡、街道、院、所、站、队、
/// 部、厅、处、科、会 (管委会…) — after a trailing parenthesis (各镇（街道）).
/// </summary>
public static class UnitNameForm
{
    private static readonly string[] GovernmentEndings =
        ["局", "委", "委员会", "办", "办公室", "办事处", "政府", "中心", "镇", "乡", "街道", "院", "所", "站", "队", "部", "厅", "处", "科", "会", "支队", "大队"];

    private static readonly string[] EnterpriseMarks = ["公司", "集团", "企业", "合作社", "厂"];

    /// <summary>
    /// The units a table cell names: split at 、，,；; and at spaces — but the export also puts spaces inside a name
    /// ("市国有资产投资 运营有限公司"), so pieces are joined until they end as a name ends (a government body's or an
    /// enterprise's ending, or a closing parenthesis). Each unit normalised as <see cref="DepartmentNames.Normalize"/>.
    /// </summary>
    public static IReadOnlyList<string> Split(string cell)
    {
        var units = new List<string>();
        foreach (var part in cell.Split(['、', '，', ',', '；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pending = "";
            foreach (var piece in part.Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                pending += piece;
                if (EndsAsName(pending))
                {
                    units.Add(DepartmentNames.Normalize(pending));
                    pending = "";
                }
            }
            if (pending.Length > 0) units.Add(DepartmentNames.Normalize(pending));
        }
        return [.. units.Where(u => u.Length > 0).Distinct()];
    }

    private static bool EndsAsName(string s) =>
        s.EndsWith('）') || s.EndsWith(')') || GovernmentEndings.Any(e => s.EndsWith(e, StringComparison.Ordinal))
        || EnterpriseEndings.Any(e => s.EndsWith(e, StringComparison.Ordinal));

    private static readonly string[] EnterpriseEndings = ["公司", "集团", "厂", "合作社"];

    /// <summary>Null when the (normalised) name reads as a government body's; otherwise why not, to follow the name in a message.</summary>
    public static string? NotGovernment(string normalized)
    {
        if (EnterpriseMarks.Any(m => normalized.Contains(m, StringComparison.Ordinal))) return "是企业";
        var core = normalized;
        while (core.EndsWith('）') && core.LastIndexOf('（') is var open and > 0) core = core[..open];
        return GovernmentEndings.Any(e => core.EndsWith(e, StringComparison.Ordinal)) ? null
            : "的名称不以政府机构的称谓（局、委、办、政府、中心、镇、街道等）结尾，可能有错字或不是政府部门";
    }
}
