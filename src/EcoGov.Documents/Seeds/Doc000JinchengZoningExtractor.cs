using System.Text.RegularExpressions;
using EcoGov.Core;
using EcoGov.Core.Plans;
using EcoGov.Core.Text;

namespace EcoGov.Documents.Seeds;

/// <summary>
/// Seed document 000: 晋城市生态环境分区管控动态更新成果（征求意见稿）, the 2023 dynamic update of
/// Jincheng's zoning-control result (三线一单). A draft: no document number and no issue date are
/// printed. It yields one plan, the unit statistics of 附件2 and the 80 city-level requirements of
/// the access list in 附件3.
/// </summary>
public sealed class Doc000JinchengZoningExtractor : ISeedDocumentExtractor
{
    public const string PlanId = "jincheng-zoning-2023";
    public const string CityCode = "140500";

    /// <summary>The printed title; a draft marker such as （征求意见稿） on the next line belongs to it.</summary>
    internal const string TitleText = "晋城市生态环境分区管控动态更新成果";

    private static readonly Regex DraftMarker = new(@"^（[^）]*稿）$", RegexOptions.Compiled);
    private static readonly Regex OwnDocNumber = new(@"^\S+〔\d{4}〕\d+\s*号$", RegexOptions.Compiled);
    private static readonly Regex IssueDateLine = new(@"^\d{4}年\d{1,2}月\d{1,2}日$", RegexOptions.Compiled);

    public string DocumentId => "000";
    public string OutputFileName => "000-jincheng-zoning-2023.json";

    public SeedDocumentData Extract(SeedText text)
    {
        var findings = new List<SeedFinding>();
        var titleLine = FindTitleLine(text);
        var title = ReadTitle(text, titleLine);
        var attachments = Doc000Attachments.Read(text, findings);
        var baseYear = Doc000Attachments.BaseYear(attachments, findings);
        var plan = new Plan(
            PlanId, CityCode, title,
            DocNumber: FindOwnDocNumber(text, titleLine),
            Issued: FindIssueDate(text),
            PlanKind.ZoningResult,
            PeriodStart: null, PeriodEnd: null, baseYear,
            new Provenance(text.Id, title, titleLine));

        Doc000Attachments.CheckHeadings(text, attachments, findings);
        var statistics = Doc000UnitStatisticsReader.Read(text, findings);
        var statedTotals = Doc000UnitStatisticsReader.ReadBodyStatement(text, statistics, findings);
        var requirements = Doc000AccessListReader.Read(text, baseYear, findings);

        return new SeedDocumentData
        {
            Document = new SourceDocument(text.Id, text.FileName, title, text.Sha256),
            Plans = [plan],
            UnitStatistics = statistics,
            AccessRequirements = requirements,
            StatedTotals = statedTotals,
            Findings = findings,
        };
    }

    private static int FindTitleLine(SeedText text)
    {
        var line = text.Find(TitleText).FirstOrDefault(n => text.Line(n).Trim() == TitleText);
        return line > 0 ? line : throw new InvalidDataException($"000: title line “{TitleText}” not found");
    }

    /// <summary>The title as printed: the title line plus a draft marker line such as （征求意见稿）.</summary>
    private static string ReadTitle(SeedText text, int titleLine)
    {
        var next = TextNormalizer.Normalize(text.Line(titleLine + 1));
        return DraftMarker.IsMatch(next) ? TitleText + next : TitleText;
    }

    /// <summary>文号: printed on a line of its own above the title; a draft has none.</summary>
    private static string? FindOwnDocNumber(SeedText text, int titleLine)
    {
        for (int n = 1; n < titleLine; n++)
        {
            var line = TextNormalizer.Normalize(text.Line(n));
            if (OwnDocNumber.IsMatch(line)) return line;
        }
        return null;
    }

    /// <summary>成文日期: a line holding only a date (as under a signature); a draft has none.</summary>
    private static DateOnly? FindIssueDate(SeedText text)
    {
        foreach (var raw in text.Lines)
        {
            var line = TextNormalizer.Normalize(raw);
            if (IssueDateLine.IsMatch(line) &&
                DateOnly.TryParseExact(line, "yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)) return date;
        }
        return null;
    }

}
