using System.Resources;

namespace EcoGov.Core.Text;

/// <summary>
/// The engines' message catalogue, typed: one member per entry of <c>Resources/CoreText.resx</c> (Chinese, the neutral
/// resource) and <c>CoreText.en.resx</c>, named by its key and taking the values of its numbered placeholders in order.
/// An engine returns or throws a <see cref="Message"/> made here, never prose; a host renders it
/// (<see cref="Message.Format"/>, <see cref="Message.Bilingual"/>). <c>MessageCatalogueTests</c> checks that every
/// member has its entries and every entry its member. To add a message: a member here and the entry in both files
/// (same placeholders, no Chinese in English).
/// </summary>
public static class CoreText
{
    /// <summary>The catalogue's resources.</summary>
    public static readonly ResourceManager Catalogue = new("EcoGov.Core.Resources.CoreText", typeof(CoreText).Assembly);

    private static Message M(string key, params object?[] arguments) => new(Catalogue, key, arguments);

    /// <summary>
    /// A text that is not in a catalogue (a note read back from JSON, a value of a standard's table written in the
    /// "中文 / English" convention): shown as it is.
    /// </summary>
    public static Message Verbatim(string text) => M(nameof(Verbatim), Message.Embed(text));

    /// <summary>浓度按 GB/T 8170 修约后计算 IAQI，{0}（标准条款）</summary>
    public static Message AqiRoundedPerClause(string clause) => M(nameof(AqiRoundedPerClause), clause);

    /// <summary>浓度按 HJ 633-2026 4.2.2 修约；平台对 {0} 数据同样修约</summary>
    public static Message AqiRoundedByPlatform(string standardCode) => M(nameof(AqiRoundedByPlatform), standardCode);

    /// <summary>浓度未修约，按原值计算</summary>
    public static Message AqiNotRounded() => M(nameof(AqiNotRounded));

    /// <summary>超出浓度限值范围：{0} {1} 高于最高浓度限值 {2}；IAQI 报告为 {3}</summary>
    public static Message AqiAboveTopBreakpoint(object indicator, decimal? concentration, decimal top, int? iaqi) =>
        M(nameof(AqiAboveTopBreakpoint), indicator, concentration, top, iaqi);

    /// <summary>超出浓度限值范围：{0} {1} &gt; {2}；按 {4}，IAQI 为 {3}</summary>
    public static Message AqiOverRangeFixed(object indicator, decimal? concentration, decimal above, int? iaqi, Message clause) =>
        M(nameof(AqiOverRangeFixed), indicator, concentration, above, iaqi, clause);

    /// <summary>超出浓度限值范围：{0} {1} &gt; {2}；按 {4}，IAQI 取 {3} 的分指数</summary>
    public static Message AqiOverRangeFallback(object indicator, decimal? concentration, decimal above, object? fallbackFrom, Message clause) =>
        M(nameof(AqiOverRangeFallback), indicator, concentration, above, fallbackFrom, clause);

    /// <summary>超出浓度限值范围：{0} {1} &gt; {2}，且缺少替代值 {3}；无 IAQI</summary>
    public static Message AqiOverRangeFallbackMissing(object indicator, decimal? concentration, decimal above, object? fallback) =>
        M(nameof(AqiOverRangeFallbackMissing), indicator, concentration, above, fallback);

    /// <summary>{0} 的 IAQI 由其其他指标计算；缺测 {1}</summary>
    public static Message AqiPartlyMissing(string pollutant, string missing) => M(nameof(AqiPartlyMissing), pollutant, missing);

    /// <summary>无有效数据：未提供任何污染物</summary>
    public static Message AqiNoPollutant() => M(nameof(AqiNoPollutant));

    /// <summary>AQI 不发布：缺测 {0}，其余污染物的 AQI {1} ≤ {2}（HJ 633-2026 5.3.1）</summary>
    public static Message AqiNotPublished(string missing, int highest, int threshold) => M(nameof(AqiNotPublished), missing, highest, threshold);

    /// <summary>AQI 由已提供的污染物计算；缺测 {0}（HJ 633-2026 5.3.1）</summary>
    public static Message AqiFromSupplied(string missing) => M(nameof(AqiFromSupplied), missing);

    /// <summary>提供了 O3 日最大1小时平均，但 {0} 不采用</summary>
    public static Message AqiO3Max1hNotUsed(string standardCode) => M(nameof(AqiO3Max1hNotUsed), standardCode);

    /// <summary>{0} {1}小时滑动平均缺测：{2} 至 {3} 有效小时 {4} 个，少于 {5} 个</summary>
    public static Message AqiMovingMeanMissing(string pollutant, int windowHours, DateTime first, DateTime end, int validHours, int minValidHours) =>
        M(nameof(AqiMovingMeanMissing), pollutant, windowHours, first, end, validHours, minValidHours);

    /// <summary>{0} 表1 注 (an over-range rule's clause)</summary>
    public static Message AqiTable1Note(string standardCode) => M(nameof(AqiTable1Note), standardCode);

    /// <summary>实时报口径：{0} (the reading of the real-time report an hourly AQI follows)</summary>
    public static Message AqiRealTimeBasis(Message basis) => M(nameof(AqiRealTimeBasis), basis);

    /// <summary>HJ 633-2012 5.1.3 按全国发布口径…</summary>
    public static Message AqiRealTime2012Published() => M(nameof(AqiRealTime2012Published));

    /// <summary>HJ 633-2012 5.1.3 按文本字面口径…</summary>
    public static Message AqiRealTime2012Literal() => M(nameof(AqiRealTime2012Literal));

    /// <summary>HJ 633-2026 4.2.3：六项 1 小时浓度…</summary>
    public static Message AqiRealTime2026() => M(nameof(AqiRealTime2026));

    /// <summary>{0} 无 {1} 的分指数限值</summary>
    public static Message AqiNoBreakpoints(string standardCode, object indicator) => M(nameof(AqiNoBreakpoints), standardCode, indicator);

    /// <summary>浓度须为有限数值</summary>
    public static Message ConcentrationNotFinite() => M(nameof(ConcentrationNotFinite));

    /// <summary>时段终止日期早于起始日期</summary>
    public static Message PeriodEndsBeforeStart() => M(nameof(PeriodEndsBeforeStart));

    /// <summary>日数据重复：{0}</summary>
    public static Message DuplicateDay(DateOnly date) => M(nameof(DuplicateDay), date);

    /// <summary>站点日数据重复：{0}</summary>
    public static Message DuplicateStationDay(DateOnly date) => M(nameof(DuplicateStationDay), date);

    /// <summary>小时数据重复：{0:yyyy-MM-dd HH:mm}</summary>
    public static Message DuplicateHour(DateTime hourStart) => M(nameof(DuplicateHour), hourStart);

    /// <summary>时间须为北京时间：{0:yyyy-MM-dd HH:mm} 为 UTC 时间</summary>
    public static Message HourIsUtc(DateTime hourStart) => M(nameof(HourIsUtc), hourStart);

    /// <summary>时间须为整点：{0:yyyy-MM-dd HH:mm:ss}</summary>
    public static Message HourNotWhole(DateTime hourStart) => M(nameof(HourNotWhole), hourStart);

    /// <summary>{0} 在 {1:yyyy-MM-dd HH:mm} 的浓度须为非负数</summary>
    public static Message HourlyConcentrationInvalid(string pollutant, DateTime hourStart) => M(nameof(HourlyConcentrationInvalid), pollutant, hourStart);

    /// <summary>库中日统计按 {0} 计算，{1} 的有效性规则须由小时数据计算</summary>
    public static Message StationDaysNeedHours(string storedRules, string rules) => M(nameof(StationDaysNeedHours), storedRules, rules);

    /// <summary>无与 {0} 对应的 HJ 633 版本</summary>
    public static Message NoAqiVersionForLimits(string limitsCode) => M(nameof(NoAqiVersionForLimits), limitsCode);

    /// <summary>百分位数须在 0 至 100 之间</summary>
    public static Message PercentileOutOfRange() => M(nameof(PercentileOutOfRange));

    /// <summary>无有效数据</summary>
    public static Message NoValues() => M(nameof(NoValues));

    /// <summary>数据须为有限数值</summary>
    public static Message ValuesNotFinite() => M(nameof(ValuesNotFinite));

    /// <summary>1 小时值无滑动平均</summary>
    public static Message NoMovingMeanForOneHour() => M(nameof(NoMovingMeanForOneHour));

    /// <summary>浓度不能为负</summary>
    public static Message ConcentrationNegative() => M(nameof(ConcentrationNegative));

    /// <summary>{0} 浓度须为非负数</summary>
    public static Message PollutantConcentrationNegative(string pollutant) => M(nameof(PollutantConcentrationNegative), pollutant);

    /// <summary>{0} 未规定 {1} {2} 浓度限值</summary>
    public static Message NoLimit(string limitsCode, string pollutant, object period) => M(nameof(NoLimit), limitsCode, pollutant, period);

    /// <summary>AQI 不能为负</summary>
    public static Message AqiNegative() => M(nameof(AqiNegative));

    /// <summary>统计结果按 GB/T 8170（四舍六入五成双）修约…（HJ 663-2013）</summary>
    public static Message AirStatisticsRounded() => M(nameof(AirStatisticsRounded));

    /// <summary>评价标准：{0} {1}；日 AQI：{2}</summary>
    public static Message AirEvaluationStandards(string limitsCode, object grade, string aqiCode) => M(nameof(AirEvaluationStandards), limitsCode, grade, aqiCode);

    /// <summary>{0} 天无有效 AQI（…），不计入优良天数比例</summary>
    public static Message AirDaysWithoutAqi(int days) => M(nameof(AirDaysWithoutAqi), days);

    /// <summary>{0} 年均值数据有效性不足：每年须有 ≥ {1} 个日均值、每月 ≥ {2} 个（二月 ≥ {3}）（{4}）</summary>
    public static Message AirAnnualMeansNotValid(string pollutants, int perYear, int perMonth, int inFebruary, string rules) =>
        M(nameof(AirAnnualMeansNotValid), pollutants, perYear, perMonth, inFebruary, rules);

    /// <summary>综合指数按修约后的统计值计算</summary>
    public static Message AirIndexFromPublished() => M(nameof(AirIndexFromPublished));

    /// <summary>缺少 {0} 的有效数据，不计算综合指数</summary>
    public static Message AirNoComprehensiveIndex(string pollutants) => M(nameof(AirNoComprehensiveIndex), pollutants);
}
