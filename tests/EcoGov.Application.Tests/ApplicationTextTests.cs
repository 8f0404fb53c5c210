using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EcoGov.Application.Tests;

/// <summary>
/// The application layer's message catalogue (<c>Resources/ApplicationText.resx</c>, zh-Hans, and
/// <c>ApplicationText.en.resx</c>, read through <see cref="AppText"/>) beyond what <see cref="EngineCatalogueTests"/>
/// checks of every catalogue (same keys, none empty, same placeholders, no Chinese in English, every member with its
/// entries): the bilingual line is the one the hosts printed before the catalogue, and no refusal in
/// <c>src/EcoGov.Application</c> is built from a Chinese literal any more.
/// </summary>
public sealed partial class ApplicationTextTests
{
    /// <summary>
    /// Messages whose two texts do not name the same values: a value that is Chinese text (a letter's state, a label, a
    /// role's name) the English leaves out or names otherwise (the state's code, the request field), as the bilingual line
    /// the hosts printed before the catalogue did. Departures to go (those values want catalogue entries of their own);
    /// <see cref="EngineCatalogueTests"/> fails when a listed key has come to agree, so the list only shrinks. (A
    /// message whose English was merely terse, "用户 {0} 不存在 / no such user", has an English text naming the values and a <c>.Bilingual</c> line that
    /// keeps the printed one.)
    /// </summary>
    internal static readonly HashSet<string> EnglishWithoutAllValues = new(StringComparer.Ordinal)
    {
        "IntegerOutOfRange", "SeriesRangeTooLong", "LetterNotOpenForReply", "NotAllowed",
        "OnlyRepliedLetterCanBeClosed", "ReportWasAlreadyReviewed", "TextRequired", "TextTooLong", "ValueRequired",
        "YearOutOfRange", "FactMustBeNonNegative",
    };

    [Fact]
    public void A_bilingual_line_uses_no_value_that_neither_language_has()
    {
        static Dictionary<string, string> Entries(CultureInfo culture) =>
            AppText.Catalogue.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<System.Collections.DictionaryEntry>()
                .ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
        static IEnumerable<string> Placeholders(string template) => Placeholder().Matches(template).Select(m => m.Groups[1].Value);
        var neutral = Entries(CultureInfo.InvariantCulture);
        var english = Entries(AppMessage.English);
        var lines = neutral.Where(e => e.Key.EndsWith(AppMessage.BilingualSuffix, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);
        foreach (var (key, line) in lines)
        {
            var message = key[..^AppMessage.BilingualSuffix.Length];
            Assert.Empty(Placeholders(line).Except(Placeholders(neutral[message]).Concat(Placeholders(english[message]))));
        }
    }

    [GeneratedRegex(@"(?<!\{)\{(\d+)(?:[:,][^}]*)?\}")]
    private static partial Regex Placeholder();

    [Fact]
    public void The_bilingual_line_is_the_one_the_hosts_printed_and_each_language_has_its_own_text()
    {
        var user = AppText.NoSuchUser("wang");
        Assert.Equal("用户 wang 不存在 / no such user", user.Bilingual);
        Assert.Equal("用户 wang 不存在", user.Format(CultureInfo.GetCultureInfo("zh-CN")));
        // the English text alone names the user too (the line keeps the English half it always had: NoSuchUser.Bilingual)
        Assert.Equal("no such user: wang", user.Format(CultureInfo.GetCultureInfo("en-US")));

        // after full-width punctuation the platform writes "/ " without the space
        Assert.Equal("须指定工作簿文件（.xlsx）/ the workbook file is required", AppText.WorkbookFileIsRequired().Bilingual);

        // a date refused by Core.CalendarDate: the label in the reader's language around the parser's own two halves
        var date = Assert.Throws<ApplicationInputException>(() => RequestValues.OptionalDate("2023-02-30", "asOf", AppText.LabelEvaluationAsOf)).Error;
        Assert.Equal(ErrorCode.InvalidDate, date.Code);
        Assert.Equal("DateInvalid", date.MessageKey);
        Assert.Equal("评价截止日期：“2023-02-30”不是日历上的日期（没有这一年、月或日）/ \"2023-02-30\" is not a calendar date", date.Message);
        Assert.Equal("评价截止日期：“2023-02-30”不是日历上的日期（没有这一年、月或日）", date.MessageIn(CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal("Evaluation as-of date: \"2023-02-30\" is not a calendar date", date.MessageIn(CultureInfo.GetCultureInfo("en")));

        // a message with its own line: the value once after both languages there, in each language's text alone
        var plan = AppText.NoSuchPlan("x", "a, b");
        Assert.Equal("规划 x 不存在；可选 / no such plan; one of: a, b", plan.Bilingual);
        Assert.Equal("规划 x 不存在；可选：a, b", plan.Format(AppMessage.Chinese));
        Assert.Equal("no such plan x; one of: a, b", plan.Format(AppMessage.English));

        // an error wrapped in another keeps its own line after the Chinese label
        var location = AppText.LocationInvalid(AppText.NoSuchUser("wang"));
        Assert.Equal("位置：用户 wang 不存在 / no such user", location.Bilingual);
        Assert.Equal("Location: no such user: wang", location.Format(AppMessage.English));

        // a text not from the catalogue is shown as it is, and split by the convention in one language
        var verbatim = new ApplicationError(ErrorCode.InvalidValue, null, "坐标不对（是 / 否）/ bad coordinates");
        Assert.Equal("坐标不对（是 / 否）/ bad coordinates", verbatim.Message);
        Assert.Equal("坐标不对（是 / 否）", verbatim.MessageIn(AppMessage.Chinese));
        Assert.Equal("bad coordinates", verbatim.MessageIn(AppMessage.English));
        Assert.Equal("只有中文", new ApplicationError(ErrorCode.InvalidValue, null, "只有中文").MessageIn(AppMessage.English));

        // the services' notes and summaries print the lines they printed as literals, each language having its own text
        var summary = AppText.ReleaseImportSummary(2, 100, 90, 5, 3, 2, 1, 0);
        Assert.Equal("文件 files 2，站点小时 rows 100，新存 stored 90，未变 unchanged 5，重复 duplicates 3，辖区外跳过 skipped 2 行 rows / 1 站 stations，不合格 rejected 0", summary.Bilingual);
        Assert.Equal("文件 2，站点小时 100，新存 90，未变 5，重复 3，辖区外跳过 2 行、1 站，不合格 0", summary.Format(AppMessage.Chinese));
        Assert.Equal("城区尚无 2024 年在期的规划收录于平台 / no plan of the jurisdiction covers 2024", AppText.NoPlanInForce("城区", 2024).Bilingual);
        Assert.Equal("no plan of 城区 in the platform covers 2024", AppText.NoPlanInForce("城区", 2024).Format(AppMessage.English));
        Assert.Equal("断面水质不作全年预测（倒排为精确界限）/ no projection for sections", AppText.ForesightNoSectionProjection.Bilingual);
        Assert.Equal("在期规划中没有标为约束性的指标 / no binding indicators in the plans in force", AppText.NoBindingIndicators.Bilingual);
        Assert.Equal("默认 / default", AppText.SettingDefault.Bilingual);
    }

    /// <summary>
    /// Files of src/EcoGov.Application that still build a refusal from a Chinese literal: departures to go (none since
    /// the whole layer went to the catalogue). The test fails when a listed file has become clean.
    /// </summary>
    private static readonly HashSet<string> FilesWithChineseRefusals = new(StringComparer.Ordinal)
    {
    };

    [GeneratedRegex(@"\bnew ApplicationInputException\(|\bnew ApplicationError\(|\bnew\((?=\s*ErrorCode\.)|\bnew ZoningAssessmentException\(")]
    private static partial Regex Refusal();

    [Fact]
    public void No_refusal_of_the_application_layer_is_built_from_a_Chinese_literal()
    {
        var root = Path.Combine(Root(), "src", "EcoGov.Application");
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var found = 0;
        var offending = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            foreach (Match m in Refusal().Matches(text))
            {
                found++;
                if (ChineseLiterals(text, m.Index + m.Length - 1).Any())
                    offending.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
            }
        }
        Assert.True(found > 150, $"only {found} refusals found");
        Assert.Empty(offending.Except(FilesWithChineseRefusals));
        Assert.Empty(FilesWithChineseRefusals.Except(offending));
    }

    [Fact]
    public void The_source_scan_sees_a_Chinese_literal_in_a_refusal()
    {
        const string code = """
            var x = Run(a, "fine");
            throw new ApplicationInputException(ErrorCode.Required, Field, $"须指定{Label(x, "y")} / {field} required");
            """;
        var call = Refusal().Match(code);
        Assert.True(call.Success);
        var literal = Assert.Single(ChineseLiterals(code, call.Index + call.Length - 1));
        Assert.StartsWith("须指定", literal, StringComparison.Ordinal);
        const string clean = """throw new ApplicationInputException(ErrorCode.Required, Field, AppText.ValueRequired(label, "f; g"));""";
        Assert.Empty(ChineseLiterals(clean, Refusal().Match(clean).Index + Refusal().Match(clean).Length - 1));
    }

    /// <summary>
    /// The literal text of the string literals inside the parentheses that open at <paramref name="open"/> (regular,
    /// verbatim and interpolated, their holes scanned too) that hold a Chinese character.
    /// </summary>
    private static IEnumerable<string> ChineseLiterals(string code, int open)
    {
        var literals = new List<string>();
        var depth = 0;
        var i = open;
        do
        {
            var c = code[i];
            if (c == '"' || (c is '$' or '@' && i + 1 < code.Length && code[i + 1] is '"' or '$' or '@'))
            {
                i = SkipString(code, i, literals);
                continue;
            }
            if (c == '\'') { i = code.IndexOf('\'', code[i + 1] == '\\' ? i + 3 : i + 2) + 1; continue; }
            if (c == '(') depth++;
            else if (c == ')') depth--;
            i++;
        } while (depth > 0 && i < code.Length);
        return literals.Where(l => l.Any(AppMessage.IsHan));
    }

    private static int SkipString(string code, int i, List<string> literals)
    {
        bool interpolated = false, verbatim = false;
        for (; code[i] != '"'; i++)
        {
            if (code[i] == '$') interpolated = true;
            else if (code[i] == '@') verbatim = true;
        }
        i++;
        var text = new StringBuilder();
        while (i < code.Length)
        {
            var c = code[i];
            if (c == '\\' && !verbatim) { text.Append(code, i, 2); i += 2; continue; }
            if (c == '"')
            {
                if (verbatim && i + 1 < code.Length && code[i + 1] == '"') { text.Append('"'); i += 2; continue; }
                i++;
                break;
            }
            if (interpolated && c == '{')
            {
                if (code[i + 1] == '{') { i += 2; continue; }
                var depth = 0;
                for (i++; i < code.Length; i++)
                {
                    var h = code[i];
                    if (h == '"' || (h is '$' or '@' && code[i + 1] is '"' or '$' or '@')) { i = SkipString(code, i, literals) - 1; continue; }
                    if (h is '(' or '[' or '{') depth++;
                    else if (h is ')' or ']') depth--;
                    else if (h == '}') { if (depth == 0) break; depth--; }
                }
                i++;
                continue;
            }
            text.Append(c);
            i++;
        }
        literals.Add(text.ToString());
        return i;
    }

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EcoGov.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("EcoGov.slnx not found above " + AppContext.BaseDirectory);
    }
}
