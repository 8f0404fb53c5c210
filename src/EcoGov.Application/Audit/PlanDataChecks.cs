using EcoGov.Core.Projects;
using EcoGov.Core.Supervision;
using EcoGov.Core.Tasks;
using EcoGov.Documents.Audit;

namespace EcoGov.Application.Audit;

/// <summary>
/// Checks of a plan audit on the plan's extracted data (pure: records in, findings out): table labels shifted against
/// their rows, and lead units that are not departments of the jurisdiction.
/// </summary>
public static class PlanDataChecks
{
    /// <summary>Two-character words too common in project names to tie a label to a row.</summary>
    private static readonly HashSet<string> CommonWords = ["建设", "工程", "项目", "改造", "治理", "综合", "提升", "全市", "实施", "开展"];

    /// <summary>
    /// <c>shiftedLabels</c> (error): a 类别 or 项目别 label printed on a row of a project table that shares no word (two
    /// characters) with that row's project name and content, while the project name of one of the next two rows shares
    /// two words or more with it — the label was printed a row or two too high (merged cells the export moved) and belongs
    /// to that row. A label is looked at where it is printed: the first row of its run.
    /// </summary>
    public static IEnumerable<PlanAuditFinding> ShiftedLabels(IReadOnlyList<KeyProject> projects)
    {
        var rows = projects.OrderBy(p => p.Source.Line).ThenBy(p => p.Seq).ToList();
        var shifted = new List<(KeyProject Own, KeyProject Target, string Column, string Label)>();
        foreach (var (column, label) in new (string, Func<KeyProject, string?>)[] { ("类别", p => p.Category), ("项目别", p => p.SubCategory) })
        {
            for (int i = 0; i < rows.Count; i++)
            {
                var own = rows[i];
                var l = label(own);
                if (string.IsNullOrWhiteSpace(l) || (i > 0 && label(rows[i - 1]) == l && rows[i - 1].Source.Section == own.Source.Section)) continue;
                // A label every row of its table carries is the table's (a 专栏 title), not a row's.
                if (rows.Where(r => r.Source.Section == own.Source.Section).All(r => label(r) == l)) continue;
                var words = Words(l);
                if (words.Count == 0 || Shared(words, own.Name + own.Content) > 0) continue;
                var target = rows.Skip(i + 1).Take(2).FirstOrDefault(t => t.Source.Section == own.Source.Section && t.Source.Line > own.Source.Line && Shared(words, t.Name) >= 2);
                if (target is not null) shifted.Add((own, target, column, l!));
            }
        }
        foreach (var g in shifted.GroupBy(x => (x.Own.Source.Line, x.Target.Source.Line, x.Label)).OrderBy(g => g.Key.Item1))
        {
            var (own, target, _, l) = g.First();
            var columns = string.Join("和", g.Select(x => x.Column));
            yield return new PlanAuditFinding(AuditSeverity.Error, "shiftedLabels",
                $"{own.Source.Section}第{own.Source.Line}行{columns}“{l}”与该行项目“{own.Name}”无关，应属第{target.Source.Line}行的项目“{target.Name}”：" +
                "表格标签相对其行错位（原表合并单元格在导出时上移），请按原件核对该处各行的类别与项目别。",
                new AuditWhere(own.Source.Document, own.Source.Section, own.Source.Line));
        }
    }

    private static HashSet<string> Words(string text)
    {
        var t = TextTableCompact(text);
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < t.Length; i++)
            if (IsCjk(t[i]) && IsCjk(t[i + 1]) && !CommonWords.Contains(t.Substring(i, 2))) words.Add(t.Substring(i, 2));
        return words;
    }

    private static int Shared(HashSet<string> words, string? text) => text is null ? 0 : Words(text).Count(words.Contains);

    private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static string TextTableCompact(string s) => new([.. s.Where(c => !char.IsWhiteSpace(c))]);

    /// <summary>
    /// Lead units (tasks' 牵头单位, projects' 责任单位), each name split and normalised as <see cref="UnitNames"/> does:
    /// <list type="bullet">
    /// <item><c>leadUnitNotDepartment</c> (warning): not among the jurisdiction's active departments — the list the plan
    ///   office keeps (units the plans name are added to it at start-up; one an officer disabled, or a plan of a
    ///   jurisdiction whose list was not built from it, is not in it).</item>
    /// <item><c>leadUnitNotGovernment</c> (warning): the name is an enterprise's (公司、集团、企业、合作社、厂) or does not end
    ///   as a government body's name does (<see cref="UnitNameForm"/>),
    ///   e.g. a typo in the ending or a unit that is not a department; a plan cannot hold it to account as one.</item>
    /// </list>
    /// One finding per unit and kind, at its first row, naming the rows that name it.
    /// </summary>
    public static IEnumerable<PlanAuditFinding> LeadUnits(IReadOnlyList<PlanTask> tasks, IReadOnlyList<KeyProject> projects,
        IReadOnlySet<string>? departments)
    {
        var named = tasks.SelectMany(t => UnitNames.Split(t.LeadUnits).Select(u => (Unit: u, What: $"第 {t.Seq} 项任务", t.Source)))
            .Concat(projects.SelectMany(p => UnitNames.Split([p.LeadUnit]).Select(u => (Unit: u, What: $"第 {p.Seq} 个项目“{p.Name}”", p.Source))))
            .GroupBy(x => x.Unit, StringComparer.Ordinal);
        foreach (var g in named)
        {
            var first = g.OrderBy(x => x.Source.Line).First();
            var where = new AuditWhere(first.Source.Document, first.Source.Section, first.Source.Line);
            var lines = string.Join("、", g.Select(x => x.Source.Line).Distinct().Order());
            if (departments is not null && !departments.Contains(g.Key))
                yield return new PlanAuditFinding(AuditSeverity.Warning, "leadUnitNotDepartment",
                    $"牵头单位“{g.Key}”（{first.What}，第{lines}行）不在本辖区的部门名单中（名单中没有或已停用），无法向其派发任务和预警。", where);
            var kind = UnitNameForm.NotGovernment(g.Key);
            if (kind is not null)
                yield return new PlanAuditFinding(AuditSeverity.Warning, "leadUnitNotGovernment",
                    $"牵头单位“{g.Key}”（{first.What}，第{lines}行）{kind}，不是可识别的政府部门名称。", where);
        }
    }
}
