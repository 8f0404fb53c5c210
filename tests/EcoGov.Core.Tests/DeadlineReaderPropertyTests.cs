using System.Text;
using System.Text.RegularExpressions;
using EcoGov.Core.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EcoGov.Core.Tests;

/// <summary>
/// Property tests of the deadline parser (issue "Production", item 8): on any string — arbitrary Unicode, phrases built
/// from the parser's own vocabulary with numbers out of range, and real phrases with characters inserted, removed or
/// replaced — <see cref="DeadlineReader.Read"/> never throws and its reading is well formed: the kind agrees with the
/// dates it carries, a window or period runs forwards, every date lies within a year of a year written in the phrase (or
/// of the issue date the reader was given), and what it cannot read is Unparsed and dateless. A fixed number of cases
/// with fixed seeds (Replay): well under a second each in CI.
/// </summary>
public sealed partial class DeadlineReaderPropertyTests
{
    private static readonly DateOnly Issued = new(2023, 5, 31);

    private static readonly string[] Phrases =
    [
        "2023年4月底前", "2024年2月29日前", "2023年一季度", "2023年上半年", "2023年底前", "2023年4月1日起", "2023年5月起", "2023年开工",
        "2023年5-9月", "2023年11月-2024年3月", "2023年5月1日至9月30日", "2021-2025", "2024至2035年", "长期坚持", "每月10日前", "每季度末",
        "每年9月底前", "每年6月5日前", "2023年采暖季前", "2023-2024年采暖期开始前", "2023年4月1日起；2025年1月1日起", "４月底前", "截至2023年6月底",
    ];

    private static readonly string[] Words =
    [
        "年", "月", "日", "底", "末", "前", "以前", "之前", "起", "开工", "完成", "建成", "-", "—", "～", "至", "每", "每年", "每月", "每季度", "季度",
        "第", "一", "四", "五", "上半年", "下半年", "采暖季", "采暖期开始前", "长期坚持", "持续推进", "常态化", "；", "，", "、", " ", "　", "份", "自", "从",
        "截至", "\u0000", "\uFEFF", "\u202E", "'; DROP TABLE tasks; --", "<script>", "\uD83D\uDE00", "\uD800",
    ];

    /// <summary>A number as the phrase may write it: in or far out of range, ASCII or full-width digits.</summary>
    private static Gen<string> Number =>
        from n in Gen.OneOf(Gen.Choose(0, 40), Gen.Choose(1990, 2100), Gen.Choose(0, 99_999), Gen.Choose(int.MaxValue - 2, int.MaxValue).Select(i => i))
        from wide in Gen.Elements(false, false, true)
        select wide ? new string([.. n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => (char)(c - '0' + '０'))]) : n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Gen<string> Vocabulary =>
        Gen.Choose(0, 14).SelectMany(n => Gen.ArrayOf(Gen.OneOf(Number, Gen.Elements(Words)), n)).Select(string.Concat);

    private static Gen<string> MutatedPhrase =>
        from phrase in Gen.Elements(Phrases)
        from edits in Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(
            from kind in Gen.Choose(0, 2)
            from at in Gen.Choose(0, 1000)
            from piece in Gen.OneOf(Gen.Elements(Words), Number, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString()))
            select (kind, at, piece), n))
        select edits.Aggregate(phrase, (text, e) =>
        {
            var i = e.at * text.Length / 1000;
            return e.kind switch
            {
                0 => text.Insert(i, e.piece),
                1 => text.Remove(i, Math.Min(e.piece.Length, text.Length - i)),
                _ => text.Remove(i, Math.Min(1, text.Length - i)).Insert(i, e.piece),
            };
        });

    private static Gen<string?> AnyText => Gen.OneOf(
        ArbMap.Default.ArbFor<string>().Generator.Select(s => (string?)s),
        Vocabulary.Select(s => (string?)s),
        MutatedPhrase.Select(s => (string?)s),
        Gen.Constant((string?)null),
        Gen.Choose(190, 260).Select(n => (string?)("2023年4月底前" + new string('，', n))));

    [GeneratedRegex("[0-9]{4}")]
    private static partial Regex FourDigits();

    /// <summary>The years written in the text (full-width digits read as ASCII; spaces dropped, as the reader drops them).</summary>
    private static List<int> YearsWritten(string text)
    {
        var ascii = new string([.. text.Where(c => !char.IsWhiteSpace(c)).Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c)]);
        return [.. FourDigits().Matches(ascii).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture))];
    }

    /// <summary>Null when the reading is well formed, else what is wrong.</summary>
    private static string? Problem(string? text, DeadlineReading r, DateOnly? issued)
    {
        if (r.Text != (text ?? "").Trim()) return "text not kept";
        var dates = new[] { r.Due, r.From, r.To }.Concat(r.Milestones.SelectMany(m => new[] { m.Due, m.From })).OfType<DateOnly>().ToList();
        var years = YearsWritten(r.Text);
        if (issued is { } d) years.Add(d.Year);
        if (dates.FirstOrDefault(x => !years.Any(y => Math.Abs(x.Year - y) <= 1)) is { } far && far != default) return $"date {far} far from the years written";
        var kindOk = r.Kind switch
        {
            DeadlineForm.By => r.Due is not null && r.Recurrence is null && r.Anchor is null,
            DeadlineForm.From => r.From is not null && r.Due is null,
            DeadlineForm.Window or DeadlineForm.Period => r.To is not null && r.Due == r.To && (r.From is null || r.From <= r.To),
            DeadlineForm.Ongoing => r.Due is null && r.To is null && r.Recurrence is null,
            DeadlineForm.Recurring => r.Recurrence is { } rec && (rec.Month is null or (>= 1 and <= 12)) && (rec.Day is null or (>= 1 and <= 31))
                && (issued is null ? r.Due is null : r.Due >= issued),
            DeadlineForm.Anchored => r.Anchor == DeadlineReader.HeatingSeasonAnchor && r.Recurrence is null,
            DeadlineForm.Unparsed => (r.Due, r.From, r.To, r.Anchor, r.Recurrence) == (null, null, null, null, null) && r.Milestones.Count == 0,
            _ => false,
        };
        if (!kindOk) return $"kind {r.Kind} with due {r.Due}, from {r.From}, to {r.To}, anchor {r.Anchor}, recurrence {r.Recurrence}";
        if (r.Milestones.Count > DeadlineReader.MaxMilestones) return "too many milestones";
        if (r.Kind != DeadlineForm.Unparsed && r.Text.Length > DeadlineReader.MaxLength) return "a phrase over the length limit was read";
        return null;
    }

    private static Property Holds(Gen<string?> texts, DateOnly? issued) => Prop.ForAll(texts.ToArbitrary(), text =>
    {
        var r = DeadlineReader.Read(text, new DeadlineReadingOptions(issued));
        var problem = Problem(text, r, issued);
        return problem is null ? true.ToProperty() : false.Label($"{problem}: “{text}”");
    });

    [Property(MaxTest = 3000, Replay = "(20261205,3001)")]
    public Property Any_text_with_an_issue_date_reads_well_formed() => Holds(AnyText, Issued);

    [Property(MaxTest = 2000, Replay = "(20261205,3003)")]
    public Property Any_text_without_an_issue_date_reads_well_formed() => Holds(AnyText, null);

    [Property(MaxTest = 2000, Replay = "(20261205,3005)")]
    public Property Mutated_real_phrases_read_well_formed() => Holds(MutatedPhrase.Select(s => (string?)s), Issued);

    [Fact]
    public void The_real_phrases_are_read_and_well_formed()
    {
        foreach (var phrase in Phrases)
        {
            var r = DeadlineReader.Read(phrase, new DeadlineReadingOptions(Issued));
            Assert.NotEqual(DeadlineForm.Unparsed, r.Kind);
            Assert.Null(Problem(phrase, r, Issued));
        }
        // The check itself: a reading whose kind disagrees with its dates is caught.
        var good = DeadlineReader.Read("2023年4月底前", new DeadlineReadingOptions(Issued));
        Assert.NotNull(Problem("2023年4月底前", good with { Due = null }, Issued));
        Assert.NotNull(Problem("2023年4月底前", good with { Due = new DateOnly(2031, 1, 1) }, Issued));
    }
}
