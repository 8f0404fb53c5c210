using System.Text.RegularExpressions;
using EcoGov.Core.Plans;
using EcoGov.Core.Tasks;

namespace EcoGov.Documents.Tests;

/// <summary>
/// Issue 9 item 2, done-when "every seed deadline phrase parses": every 完成时限 of a task and every 实施期限/时间安排
/// of a project in the committed data/seed/*.json, read as the `deadline` command reads it with the plan's issue date.
/// </summary>
public class SeedDeadlinePhraseTests
{
    private sealed record Phrase(string Where, string Text, DeadlineReading Reading, DeadlinePhrase? Stored, KeyProjectYears? Years);

    private sealed record KeyProjectYears(int? From, int? To);

    private static IReadOnlyList<SeedDocumentData> Seeds() =>
        Directory.GetFiles(Path.Combine(SeedFiles.RepoRoot, "data", "seed"), "0*.json").Order(StringComparer.Ordinal)
            .Select(f => SeedJson.Deserialize(File.ReadAllText(f)))
            .ToList();

    private static DeadlineReadingOptions For(SeedDocumentData seed, string planId) =>
        new(IssuedOn: seed.Plans.Single(p => p.Id == planId).Issued);

    private static IReadOnlyList<Phrase> SeedPhrases() =>
        Seeds().SelectMany(seed =>
            seed.Tasks.Where(t => t.Deadline is not null)
                .Select(t => new Phrase($"{seed.Document.Id} {t.PlanId} 任务 {t.Seq}", t.Deadline!.Text,
                    DeadlineReader.Read(t.Deadline.Text, For(seed, t.PlanId)), t.Deadline, null))
                .Concat(seed.Projects.Where(p => p.PeriodText is not null)
                    .Select(p => new Phrase($"{seed.Document.Id} {p.PlanId} 工程 {p.Seq}", p.PeriodText!,
                        DeadlineReader.Read(p.PeriodText, For(seed, p.PlanId)), null, new(p.PeriodFrom, p.PeriodTo)))))
            .ToList();

    [Fact]
    public void Every_deadline_phrase_of_the_seeds_parses()
    {
        var phrases = SeedPhrases();
        // 002: 34 ledger rows + 1 soil task + water tasks 7 and 14 + 3 water projects; 001: 40, 003: 69 + its one
        // prose task ("每年9月底前"), 004: 1 project period.
        Assert.Equal(151, phrases.Count);
        var unparsed = phrases.Where(p => p.Reading.Kind == DeadlineForm.Unparsed).Select(p => $"{p.Where}: “{p.Text}”").ToList();
        Assert.True(unparsed.Count == 0, "unparsed seed deadline phrases:\n" + string.Join("\n", unparsed));
        Assert.Equal(
            [DeadlineForm.By, DeadlineForm.From, DeadlineForm.Window, DeadlineForm.Ongoing, DeadlineForm.Recurring, DeadlineForm.Period],
            phrases.Select(p => p.Reading.Kind).Distinct().Order());
    }

    /// <summary>The stored reading in the JSON and the contract reading of the same text agree.</summary>
    [Fact]
    public void The_stored_reading_and_the_contract_agree()
    {
        foreach (var p in SeedPhrases())
        {
            if (p.Stored is { } s)
            {
                Assert.True(DeadlineReader.FormOf(s.Kind) == p.Reading.Kind, $"{p.Where}: {s.Kind} vs {p.Reading.Kind}");
                if (p.Reading.Kind is DeadlineForm.By or DeadlineForm.Window) Assert.Equal(s.Due, p.Reading.Due);
                if (p.Reading.Kind is DeadlineForm.From or DeadlineForm.Window) Assert.Equal(s.Start, p.Reading.From);
            }
            if (p.Years is { } y)
            {
                var from = p.Reading.From?.Year ?? p.Reading.Due?.Year;
                Assert.True((y.From, y.To) == (from, p.Reading.Due?.Year), $"{p.Where}: “{p.Text}” {y} vs {from}-{p.Reading.Due}");
            }
        }
    }

    /// <summary>
    /// Deadlines written inside 002's task texts rather than in a 完成时限 column (item 1 of the issue moves them into
    /// milestones): "2023年采暖季前", "2025年1月1日起", "9月1日起", water task 7 "2023年完成", water task 14 "2023年开工".
    /// </summary>
    [Fact]
    public void Deadline_phrases_inside_task_texts_parse()
    {
        var inText = new Regex(
            @"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*起" +
            @"|(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*(?:底前|底|末)" +
            @"|\d{4}\s*年\s*\d{1,2}\s*[-—～~至]\s*\d{1,2}\s*月" +
            @"|\d{4}\s*年\s*(?:冬季)?采暖季(?:开始)?前" +
            @"|\d{4}\s*年\s*(?:完成|开工|底前|年底前)" +
            @"|每年\s*\d{1,2}\s*月\s*底前");
        var found = Seeds().SelectMany(seed => seed.Tasks.SelectMany(t => inText.Matches(t.Text).Select(m =>
            (Where: $"{t.PlanId} {t.Seq}", m.Value, Reading: DeadlineReader.Read(m.Value, For(seed, t.PlanId)))))).ToList();

        var unparsed = found.Where(f => f.Reading.Kind == DeadlineForm.Unparsed).Select(f => $"{f.Where}: “{f.Value}”").ToList();
        Assert.True(unparsed.Count == 0, "unparsed deadline phrases in task texts:\n" + string.Join("\n", unparsed));

        DeadlineReading At(string where, string text) => found.First(f => f.Where == where && f.Value == text).Reading;
        Assert.Equal((DeadlineForm.By, (DateOnly?)new DateOnly(2023, 12, 31)), (At("chengqu-2023-water 7", "2023年完成").Kind, At("chengqu-2023-water 7", "2023年完成").Due));
        Assert.Equal((DeadlineForm.From, (DateOnly?)new DateOnly(2023, 1, 1)), (At("chengqu-2023-water 14", "2023年开工").Kind, At("chengqu-2023-water 14", "2023年开工").From));
        Assert.Equal(new DateOnly(2023, 11, 14), At("chengqu-2023-air 10", "2023年采暖季前").Due);
        Assert.Equal(new DateOnly(2025, 1, 1), At("chengqu-2023-air 20", "2025年1月1日起").From);
        var sept = At("chengqu-2023-air 22", "9月1日起");
        Assert.Equal(new DateOnly(2023, 9, 1), sept.From);
        Assert.Equal([DeadlineReader.YearFromIssueDateNote], sept.Notes);
    }

    /// <summary>
    /// 002 大气台账第 20、22 项: the extractor keeps the 完成时限 column and the later date of the measure in one phrase
    /// ("2023年4月1日起；2025年1月1日起"), which reads as two milestones.
    /// </summary>
    [Theory]
    [InlineData(20, "2025年1月1日起", "2023-04-01", "2025-01-01")]
    [InlineData(22, "9月1日起", "2023-05-01", "2023-09-01")]
    public void Ledger_rows_with_a_second_date_read_as_two_milestones(int seq, string inText, string first, string second)
    {
        var seed = Seeds().Single(s => s.Document.Id == "002");
        var task = seed.Tasks.Single(t => t.PlanId == "chengqu-2023-air" && t.Seq == seq);
        Assert.Contains(inText, task.Text, StringComparison.Ordinal);
        Assert.EndsWith("；" + inText, task.Deadline!.Text, StringComparison.Ordinal);
        var r = DeadlineReader.Read(task.Deadline.Text, For(seed, task.PlanId));
        Assert.Equal(DeadlineForm.From, r.Kind);
        Assert.Equal([DateOnly.Parse(first), DateOnly.Parse(second)], r.Milestones.Select(m => m.From!.Value));
    }
}
