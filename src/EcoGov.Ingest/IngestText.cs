using System.Resources;
using EcoGov.Core.Text;

namespace EcoGov.Ingest;

/// <summary>
/// The file readers' message catalogue, typed: one member per entry of <c>Resources/IngestText.resx</c> (Chinese, the
/// neutral resource) and <c>IngestText.en.resx</c>, named by its key and taking the values of its numbered placeholders
/// in order. A reader's error (an exception's <c>Text</c>, an error record's <c>Text</c>) is a <see cref="Message"/> made
/// here, never prose; its bilingual line (<see cref="Message.Bilingual"/>) is the exception's message and the record's
/// <c>Message</c>, and the application layer renders it in one language. The file, row and column a message names are
/// its arguments or the record's fields. To add a message: a member here and the entry in both files (same placeholders,
/// no Chinese in English; a <c>KEY.Bilingual</c> entry in the neutral file where the line is not the two texts joined).
/// </summary>
public static class IngestText
{
    /// <summary>The catalogue's resources.</summary>
    public static readonly ResourceManager Catalogue = new("EcoGov.Ingest.Resources.IngestText", typeof(IngestText).Assembly);

    private static Message M(string key, params object?[] arguments) => new(Catalogue, key, arguments);

    /// <summary>日期“{0}”格式错误，须为 yyyy-MM-dd</summary>
    public static Message BadDate(string cell) => M(nameof(BadDate), cell);

    /// <summary>时间“{0}”格式错误，须为整点 yyyy-MM-dd HH:00</summary>
    public static Message BadTime(string cell) => M(nameof(BadTime), cell);

    /// <summary>时间“{0}”有误：24:00 仅用于时段结束时间标注，按时段结束标注的文件请加 --hour-ending</summary>
    public static Message BadTime24(string cell) => M(nameof(BadTime24), cell);

    /// <summary>文件不存在</summary>
    public static Message FileDoesNotExist() => M(nameof(FileDoesNotExist));

    /// <summary>文件超过 100 MB（{0} 字节）</summary>
    public static Message FileOver100MB(long bytes) => M(nameof(FileOver100MB), bytes);

    /// <summary>文件须为 UTF-8 编码</summary>
    public static Message NotUtf8() => M(nameof(NotUtf8));

    /// <summary>文件为空；须有表头 {0}</summary>
    public static Message EmptyFileExpectedHeader(string columns) => M(nameof(EmptyFileExpectedHeader), columns);

    /// <summary>文件为空</summary>
    public static Message EmptyFile() => M(nameof(EmptyFile));

    /// <summary>数据行超过 {0:N0} 行，请分成几个文件</summary>
    public static Message TooManyRows(int max) => M(nameof(TooManyRows), max);

    /// <summary>字段数 {0} 与表头的 {1} 不符</summary>
    public static Message FieldCountDiffers(int fields, int headerFields) => M(nameof(FieldCountDiffers), fields, headerFields);

    /// <summary>站点为空</summary>
    public static Message EmptyStation() => M(nameof(EmptyStation));

    /// <summary>站点“{0}”与日期 {1} 重复（首见第 {2} 行）</summary>
    public static Message DuplicateStationDate(string station, string date, int firstRow) => M(nameof(DuplicateStationDate), station, date, firstRow);

    /// <summary>站点“{0}”与时间 {1} 重复（首见第 {2} 行）</summary>
    public static Message DuplicateStationHour(string station, string time, int firstRow) => M(nameof(DuplicateStationHour), station, time, firstRow);

    /// <summary>未知列“{0}”；须为 {1}（也接受 PM25）</summary>
    public static Message UnknownColumn(string column, string expected) => M(nameof(UnknownColumn), column, expected);

    /// <summary>列 {0} 重复（又见第 {1} 列）</summary>
    public static Message DuplicateColumnAlso(string column, int alsoColumn) => M(nameof(DuplicateColumnAlso), column, alsoColumn);

    /// <summary>缺少必需列“{0}”</summary>
    public static Message MissingRequiredColumn(string column) => M(nameof(MissingRequiredColumn), column);

    /// <summary>数值无法解析：“{0}”</summary>
    public static Message NotANumber(string cell) => M(nameof(NotANumber), cell);

    /// <summary>浓度不能为负：{0}</summary>
    public static Message NegativeConcentration(string cell) => M(nameof(NegativeConcentration), cell);

    /// <summary>数值不能为负：{0}</summary>
    public static Message NegativeValue(string cell) => M(nameof(NegativeValue), cell);

    /// <summary>站点 {0} 时段结束于 {1:yyyy-MM-dd HH:mm} 的数据在 {2} 第 {3} 行也有，但数值不同</summary>
    public static Message ReleaseValuesDiffer(string station, DateTime hourEnding, string firstFile, int firstRow) => M(nameof(ReleaseValuesDiffer), station, hourEnding, firstFile, firstRow);

    /// <summary>表头不是全国发布格式：既不是逐时发布（timepoint,stationcode,…），也不是宽表（date,hour,type,1001A,…）</summary>
    public static Message NotAReleaseHeader() => M(nameof(NotAReleaseHeader));

    /// <summary>全国发布文件中的未知列“{0}”</summary>
    public static Message ReleaseUnknownColumn(string column) => M(nameof(ReleaseUnknownColumn), column);

    /// <summary>列 {0} 重复</summary>
    public static Message DuplicateColumn(string column) => M(nameof(DuplicateColumn), column);

    /// <summary>缺少列“{0}”</summary>
    public static Message MissingColumn(string column) => M(nameof(MissingColumn), column);

    /// <summary>站点编码为空</summary>
    public static Message EmptyStationCode() => M(nameof(EmptyStationCode));

    /// <summary>站点 {0} 与时间重复（首见第 {1} 行）</summary>
    public static Message DuplicateStationTimepoint(string station, int firstRow) => M(nameof(DuplicateStationTimepoint), station, firstRow);

    /// <summary>表头站点编码为空</summary>
    public static Message EmptyStationCodeInHeader() => M(nameof(EmptyStationCodeInHeader));

    /// <summary>站点列 {0} 重复</summary>
    public static Message DuplicateStationColumn(string station) => M(nameof(DuplicateStationColumn), station);

    /// <summary>日期“{0}”格式错误，须为 yyyyMMdd 或 yyyy-MM-dd</summary>
    public static Message BadReleaseDate(string cell) => M(nameof(BadReleaseDate), cell);

    /// <summary>小时“{0}”有误，须为 0–23</summary>
    public static Message BadReleaseHour(string cell) => M(nameof(BadReleaseHour), cell);

    /// <summary>未知类型“{0}”；须为 AQI、PM2.5、PM2.5_24h、PM10、…、CO_24h</summary>
    public static Message UnknownReleaseType(string cell) => M(nameof(UnknownReleaseType), cell);

    /// <summary>日期、小时与类型 {0} 重复（首见第 {1} 行）</summary>
    public static Message DuplicateDateHourType(string type, int firstRow) => M(nameof(DuplicateDateHourType), type, firstRow);

    /// <summary>未知首要污染物“{0}”</summary>
    public static Message UnknownPrimaryPollutant(string name) => M(nameof(UnknownPrimaryPollutant), name);

    /// <summary>{0}：{1}</summary>
    public static Message WorkbookFileProblem(string file, Message problem) => M(nameof(WorkbookFileProblem), file, Message.Embed(problem));

    /// <summary>文件不存在</summary>
    public static Message FileNotFound() => M(nameof(FileNotFound));

    /// <summary>文件超过 {0} MB（{1} 字节）</summary>
    public static Message WorkbookTooLarge(long maxMegabytes, long bytes) => M(nameof(WorkbookTooLarge), maxMegabytes, bytes);

    /// <summary>不是 .xlsx 工作簿（请用“导出模板”得到的文件，在 Excel/WPS 中另存为 .xlsx）</summary>
    public static Message NotXlsxWorkbook() => M(nameof(NotXlsxWorkbook));

    /// <summary>缺少工作表“{0}”（规划编号、名称、行政区等）</summary>
    public static Message NoPlanSheet(string sheet) => M(nameof(NoPlanSheet), sheet);

    /// <summary>表头重复</summary>
    public static Message DuplicateHeader() => M(nameof(DuplicateHeader));

    /// <summary>缺少此列</summary>
    public static Message MissingThisColumn() => M(nameof(MissingThisColumn));

    /// <summary>必填，不能为空</summary>
    public static Message Required() => M(nameof(Required));

    /// <summary>“{0}”含控制字符</summary>
    public static Message ValueContainsControlCharacter(string value) => M(nameof(ValueContainsControlCharacter), value);

    /// <summary>含控制字符</summary>
    public static Message ContainsControlCharacter() => M(nameof(ContainsControlCharacter));

    /// <summary>“{0}”不是 {1}–{2} 之间的整数</summary>
    public static Message NotWholeNumberInRange(string value, int min, int max) => M(nameof(NotWholeNumberInRange), value, min, max);

    /// <summary>“{0}”不是数</summary>
    public static Message NotANumberValue(string value) => M(nameof(NotANumberValue), value);

    /// <summary>“{0}”应为“{1}”“{2}”或留空</summary>
    public static Message ExpectedYesNo(string value, string yes, string no) => M(nameof(ExpectedYesNo), value, yes, no);

    /// <summary>“{0}”不是可用的值；可用：{1}</summary>
    public static Message UnknownValue(string value, string allowed) => M(nameof(UnknownValue), value, allowed);

    /// <summary>未知项目“{0}”</summary>
    public static Message UnknownField(string field) => M(nameof(UnknownField), field);

    /// <summary>“{0}”重复</summary>
    public static Message GivenTwice(string field) => M(nameof(GivenTwice), field);

    /// <summary>“{0}”不是 1900–2100 之间的年份</summary>
    public static Message NotAYear(string value) => M(nameof(NotAYear), value);

    /// <summary>“{0}”不是可用的规划编号：小写字母、数字和连字符，3–64 个字符</summary>
    public static Message InvalidPlanId(string value) => M(nameof(InvalidPlanId), value);

    /// <summary>超过 200 字</summary>
    public static Message TitleTooLong() => M(nameof(TitleTooLong));

    /// <summary>“{0}”不是 6 位行政区划代码</summary>
    public static Message NotJurisdictionCode(string value) => M(nameof(NotJurisdictionCode), value);

    /// <summary>“{0}”不是可用的规划类型；可用：{1}</summary>
    public static Message UnknownPlanKind(string value, string allowed) => M(nameof(UnknownPlanKind), value, allowed);

    /// <summary>终止年早于起始年</summary>
    public static Message EndsBeforeStart() => M(nameof(EndsBeforeStart));

    /// <summary>填了基准年、基准数值或基准值单位，须同时填基准值原文</summary>
    public static Message BaselineTextRequired() => M(nameof(BaselineTextRequired));

    /// <summary>序号 {0} 与第{1}行重复</summary>
    public static Message DuplicateNumber(int number, int firstRow) => M(nameof(DuplicateNumber), number, firstRow);

    /// <summary>“{0}”应为“{1}”或“{2}”</summary>
    public static Message ExpectedTargetOrObserved(string value, string target, string observed) => M(nameof(ExpectedTargetOrObserved), value, target, observed);

    /// <summary>指标表中没有序号 {0}</summary>
    public static Message NoIndicatorWithNumber(int number) => M(nameof(NoIndicatorWithNumber), number);

    /// <summary>现状行不填目标类型</summary>
    public static Message NotForObservedValue() => M(nameof(NotForObservedValue));

    /// <summary>现状值须填年份</summary>
    public static Message ObservedYearRequired() => M(nameof(ObservedYearRequired));

    /// <summary>目标行不填单位（单位在指标表）</summary>
    public static Message TargetHasNoUnit() => M(nameof(TargetHasNoUnit));

    /// <summary>“{0}”不是目标值</summary>
    public static Message NotATarget(string value) => M(nameof(NotATarget), value);

    /// <summary>数值与原文识别的不一致；请同时填写目标类型</summary>
    public static Message ValueDiffersFromText() => M(nameof(ValueDiffersFromText));

    /// <summary>目标类型为{0}时必填</summary>
    public static Message RequiredForKind(string kind) => M(nameof(RequiredForKind), kind);

    /// <summary>目标类型为{0}时留空</summary>
    public static Message EmptyForKind(string kind) => M(nameof(EmptyForKind), kind);

    /// <summary>水质类别填 1–6（6 为劣Ⅴ类）</summary>
    public static Message WaterClassRange() => M(nameof(WaterClassRange));

    /// <summary>填了时限类型或日期，须同时填完成时限原文</summary>
    public static Message DeadlineTextRequired() => M(nameof(DeadlineTextRequired));

    /// <summary>填了开始/截止日期、年份或月份，须同时填时限类型</summary>
    public static Message DeadlineKindRequired() => M(nameof(DeadlineKindRequired));

    /// <summary>截止日期早于开始日期</summary>
    public static Message DueBeforeStart() => M(nameof(DueBeforeStart));

    /// <summary>投资不能为负</summary>
    public static Message NegativeInvestment() => M(nameof(NegativeInvestment));

    /// <summary>“{0}”不是可用的污染物；可用：{1}</summary>
    public static Message UnknownPollutant(string value, string allowed) => M(nameof(UnknownPollutant), value, allowed);

    /// <summary>{0} {1} 年{2} 月的目标与第{3}行重复</summary>
    public static Message DuplicateMonthTarget(string pollutant, int year, int month, int firstRow) => M(nameof(DuplicateMonthTarget), pollutant, year, month, firstRow);

    /// <summary>{0} {1} 年全年的目标与第{2}行重复</summary>
    public static Message DuplicateYearTarget(string pollutant, int year, int firstRow) => M(nameof(DuplicateYearTarget), pollutant, year, firstRow);
}
