using EcoGov.Core.Text;

namespace EcoGov.Ingest.Tests;

/// <summary>
/// The readers' messages from their catalogue (<see cref="IngestText"/>) print the bilingual lines the literals printed
/// before — the workbook's lines, whose value is quoted in Chinese only (<c>KEY.Bilingual</c>), byte for byte — and read in
/// one language without the other.
/// </summary>
public class IngestTextTests
{
    public static TheoryData<string, string> Lines() => new()
    {
        { IngestText.WorkbookFileProblem("a.xlsx", IngestText.FileNotFound()).Bilingual, "a.xlsx：文件不存在 / file not found" },
        { IngestText.WorkbookFileProblem("a.xlsx", IngestText.WorkbookTooLarge(20, 30_000_000)).Bilingual, "a.xlsx：文件超过 20 MB（30000000 字节）/ file over 20 MB" },
        { IngestText.WorkbookFileProblem("a.xlsx", IngestText.NotXlsxWorkbook()).Bilingual, "a.xlsx：不是 .xlsx 工作簿（请用“导出模板”得到的文件，在 Excel/WPS 中另存为 .xlsx）/ not an .xlsx workbook" },
        { IngestText.WorkbookFileProblem("a.xlsx", IngestText.NoPlanSheet("规划")).Bilingual, "a.xlsx：缺少工作表“规划”（规划编号、名称、行政区等）/ no “规划” sheet" },
        { IngestText.ValueContainsControlCharacter("x").Bilingual, "“x”含控制字符 / contains a control character" },
        { IngestText.NotWholeNumberInRange("x", 1, 12).Bilingual, "“x”不是 1–12 之间的整数 / not a whole number in 1..12" },
        { IngestText.ExpectedYesNo("x", "是", "否").Bilingual, "“x”应为“是”“否”或留空 / expected 是, 否 or empty" },
        { IngestText.UnknownValue("x", "约束性、预期性").Bilingual, "“x”不是可用的值；可用：约束性、预期性 / unknown value" },
        { IngestText.UnknownField("x").Bilingual, "未知项目“x” / unknown field" },
        { IngestText.GivenTwice("规划编号").Bilingual, "“规划编号”重复 / given twice" },
        { IngestText.NotAYear("x").Bilingual, "“x”不是 1900–2100 之间的年份 / not a year" },
        { IngestText.DuplicateNumber(3, 2).Bilingual, "序号 3 与第2行重复 / duplicate number (row 2)" },
        { IngestText.ExpectedTargetOrObserved("x", "目标", "现状").Bilingual, "“x”应为“目标”或“现状” / expected 目标 or 现状" },
        { IngestText.TargetHasNoUnit().Bilingual, "目标行不填单位（单位在指标表）/ a target has no unit of its own" },
        { IngestText.WaterClassRange().Bilingual, "水质类别填 1–6（6 为劣Ⅴ类）/ a water class is 1..6" },
        { IngestText.RequiredForKind("数值").Bilingual, "目标类型为数值时必填 / required for this kind" },
        { IngestText.DuplicateMonthTarget("PM2.5", 2025, 3, 4).Bilingual, "PM2.5 2025 年3 月的目标与第4行重复 / duplicate target" },
        { IngestText.DuplicateYearTarget("PM2.5", 2025, 4).Bilingual, "PM2.5 2025 年全年的目标与第4行重复 / duplicate target" },
        { IngestText.TooManyRows(1_000_000).Bilingual, "数据行超过 1,000,000 行，请分成几个文件 / more than 1,000,000 data rows; split the file" },
        { IngestText.ReleaseValuesDiffer("1001A", new DateTime(2023, 1, 1, 5, 0, 0), "a.csv", 2).Bilingual,
            "站点 1001A 时段结束于 2023-01-01 05:00 的数据在 a.csv 第 2 行也有，但数值不同 / station 1001A hour ending 2023-01-01 05:00 also in a.csv row 2 with other values" },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void A_message_prints_its_bilingual_line(string actual, string expected) => Assert.Equal(expected, actual);

    [Fact]
    public void A_message_reads_in_one_language()
    {
        var problem = IngestText.WorkbookFileProblem("a.xlsx", IngestText.WorkbookTooLarge(20, 30_000_000));
        Assert.Equal("a.xlsx：文件超过 20 MB（30000000 字节）", problem.Format(Message.Chinese));
        Assert.Equal("a.xlsx: file over 20 MB (30000000 bytes)", problem.Format(Message.English));
        Assert.Equal("\"x\" is not a number", IngestText.NotANumberValue("x").Format(Message.English));
    }
}
