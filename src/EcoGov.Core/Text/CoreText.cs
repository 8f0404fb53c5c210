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

    /// <summary>未发布 AQI，但小时浓度可计算</summary>
    public static Message ReleaseAqiNotPublished() => M(nameof(ReleaseAqiNotPublished));

    /// <summary>已发布 AQI，但小时浓度不足以给出 AQI（…）</summary>
    public static Message ReleaseAqiNotComputable() => M(nameof(ReleaseAqiNotComputable));

    /// <summary>发布的 AQI {0} 与小时浓度复算值 {1} 不符（{2}；{3}，实时报）</summary>
    public static Message ReleaseAqiDiffers(string? published, int? computed, string iaqis, string standardCode) =>
        M(nameof(ReleaseAqiDiffers), published, computed, iaqis, standardCode);

    /// <summary>{0}——{1}: a disagreement's reason and what explains it</summary>
    public static Message ReleaseReasonHint(Message reason, Message hint) => M(nameof(ReleaseReasonHint), reason, hint);

    /// <summary>按 HJ 633-2012 5.1.3 字面口径（滑动平均参与分指数）可得发布值</summary>
    public static Message ReleaseHintLiteral2012() => M(nameof(ReleaseHintLiteral2012));

    /// <summary>误把 o3 列（24 小时内最大小时 O3）当作该小时 O3 可得发布值</summary>
    public static Message ReleaseHintO3Column() => M(nameof(ReleaseHintO3Column));

    /// <summary>AQI {0} ≤ 50 时无首要污染物</summary>
    public static Message ReleaseNoPrimary(int? aqi) => M(nameof(ReleaseNoPrimary), aqi);

    /// <summary>首要污染物应为分指数最大者 {0}（{1}）</summary>
    public static Message ReleasePrimaryIsLargest(string pollutants, string iaqis) => M(nameof(ReleasePrimaryIsLargest), pollutants, iaqis);

    /// <summary>已发布，但当日尚无有效小时数 ≥ 6 的 8 小时滑动平均</summary>
    public static Message ReleaseO3DayMax8hNone() => M(nameof(ReleaseO3DayMax8hNone));

    /// <summary>未发布，但当日 8 小时滑动平均可计算</summary>
    public static Message ReleaseO3DayMax8hNotPublished() => M(nameof(ReleaseO3DayMax8hNotPublished));

    /// <summary>当日至该小时（窗口结束于 01:00 至 {0}）最大 8 小时滑动平均为 {1}；…</summary>
    public static Message ReleaseO3DayMax8hDiffers(string until, string? value) => M(nameof(ReleaseO3DayMax8hDiffers), until, value);

    /// <summary>截至该小时的 24 小时内最大小时 O3（o3_24h）为 {0}；…</summary>
    public static Message ReleaseO3Max24hDiffers(string value) => M(nameof(ReleaseO3Max24hDiffers), value);

    /// <summary>已发布，但 {1} 小时中仅 {0} 小时有效，少于 {2}（GB 3095 表4）：不应有 {1} 小时滑动平均</summary>
    public static Message ReleaseMovingMeanTooFewHours(int valid, int window, int minValid) => M(nameof(ReleaseMovingMeanTooFewHours), valid, window, minValid);

    /// <summary>未发布，但 {1} 小时中有 {0} 小时有效（≥ {2}）</summary>
    public static Message ReleaseMovingMeanNotPublished(int valid, int window, int minValid) => M(nameof(ReleaseMovingMeanNotPublished), valid, window, minValid);

    /// <summary>截至该小时 {1} 个有效小时的 {0} 小时滑动平均为 {2}（GB/T 8170 修约），与发布值相差超过一个修约单位</summary>
    public static Message ReleaseMovingMeanDiffers(int window, int valid, string? value) => M(nameof(ReleaseMovingMeanDiffers), window, valid, value);

    /// <summary>须为 yyyy-MM-dd 格式的日期，收到空值</summary>
    public static Message DateRequired() => M(nameof(DateRequired));

    /// <summary>须为 yyyy-MM-dd 格式的日期（如 2023-01-31），收到“{0}”</summary>
    public static Message DateMalformed(string quoted) => M(nameof(DateMalformed), quoted);

    /// <summary>“{0}”不是日历上的日期（没有这一年、月或日）</summary>
    public static Message DateNotInCalendar(string quoted) => M(nameof(DateNotInCalendar), quoted);

    /// <summary>“{0}”的年份须在 {1}–{2} 之间</summary>
    public static Message DateYearOutOfRange(string quoted, int minYear, int maxYear) => M(nameof(DateYearOutOfRange), quoted, minYear, maxYear);

    /// <summary>“{0}”不是准入清单的管控类别 (bilingual line: the value once, before both languages)</summary>
    public static Message NotAnAccessListCategory(string text) => M(nameof(NotAnAccessListCategory), text);

    /// <summary>CO、O3 为百分位数统计</summary>
    public static Message CoAndO3ArePercentiles() => M(nameof(CoAndO3ArePercentiles));

    /// <summary>仅 CO、O3 为百分位数统计</summary>
    public static Message OnlyCoAndO3ArePercentiles() => M(nameof(OnlyCoAndO3ArePercentiles));

    /// <summary>时间进度须在 0 与 1 之间</summary>
    public static Message ElapsedShareOutOfRange() => M(nameof(ElapsedShareOutOfRange));

    /// <summary>facts JSON 第 {0} 行第 {1} 列：格式错误：{2} (the parser's own text)</summary>
    public static Message FactsMalformedJson(long line, long column, string detail) => M(nameof(FactsMalformedJson), line, column, detail);

    /// <summary>facts 须为 JSON 对象</summary>
    public static Message FactsNotAnObject() => M(nameof(FactsNotAnObject));

    /// <summary>未知的事实“{0}”；可用：{1}</summary>
    public static Message FactUnknown(string key, string known) => M(nameof(FactUnknown), key, known);

    /// <summary>事实“{0}”须为 true/false</summary>
    public static Message FactNotBoolean(string key) => M(nameof(FactNotBoolean), key);

    /// <summary>事实“{0}”须为数值（{1}）</summary>
    public static Message FactNotNumber(string key, string? unit) => M(nameof(FactNotNumber), key, unit);

    /// <summary>事实“{0}”须为有限数值</summary>
    public static Message FactNotFinite(string key) => M(nameof(FactNotFinite), key);

    /// <summary>事实“{0}”不能为负数（{1}）</summary>
    public static Message FactNegative(string key, string value) => M(nameof(FactNegative), key, value);

    /// <summary>规则目录 {0} 有误</summary>
    public static Message RuleCatalogInvalid(string source) => M(nameof(RuleCatalogInvalid), source);

    /// <summary>JSON 格式错误（{0}，第 {1} 行）：{2}</summary>
    public static Message RuleCatalogInvalidJson(string? path, long? line, string detail) => M(nameof(RuleCatalogInvalidJson), path, line, detail);

    /// <summary>JSON 结构错误：{0}</summary>
    public static Message RuleCatalogInvalidStructure(string detail) => M(nameof(RuleCatalogInvalidStructure), detail);

    /// <summary>文件为空</summary>
    public static Message RuleCatalogEmpty() => M(nameof(RuleCatalogEmpty));

    /// <summary>缺少 version</summary>
    public static Message RuleCatalogNoVersion() => M(nameof(RuleCatalogNoVersion));

    /// <summary>没有规则</summary>
    public static Message RuleCatalogNoRules() => M(nameof(RuleCatalogNoRules));

    /// <summary>规则 {0}: {1}</summary>
    public static Message RuleCatalogRule(string id, Message problem) => M(nameof(RuleCatalogRule), id, problem);

    /// <summary>空规则</summary>
    public static Message RuleNull() => M(nameof(RuleNull));

    /// <summary>缺少 id</summary>
    public static Message RuleNoId() => M(nameof(RuleNoId));

    /// <summary>id 重复</summary>
    public static Message RuleDuplicateId() => M(nameof(RuleDuplicateId));

    /// <summary>缺少 jurisdiction</summary>
    public static Message RuleNoJurisdiction() => M(nameof(RuleNoJurisdiction));

    /// <summary>缺少 description（中文说明）</summary>
    public static Message RuleNoDescription() => M(nameof(RuleNoDescription));

    /// <summary>verdict 须为 prohibited 或 conditional</summary>
    public static Message RuleBadVerdict() => M(nameof(RuleBadVerdict));

    /// <summary>conditional 规则须写明 condition（须满足的条件）</summary>
    public static Message RuleNoCondition() => M(nameof(RuleNoCondition));

    /// <summary>缺少 source（规则依据的要求）</summary>
    public static Message RuleNoSource() => M(nameof(RuleNoSource));


    /// <summary>准入清单要求须有 level 和 category</summary>
    public static Message RuleAccessSourceIncomplete() => M(nameof(RuleAccessSourceIncomplete));

    /// <summary>source 须有 planId 和正整数 seq</summary>
    public static Message RuleSourceIncomplete() => M(nameof(RuleSourceIncomplete));

    /// <summary>source 须有 keyPhrase（要求原文中的关键语句）</summary>
    public static Message RuleNoKeyPhrase() => M(nameof(RuleNoKeyPhrase));

    /// <summary>缺少 when（判断条件）</summary>
    public static Message RuleNoWhen() => M(nameof(RuleNoWhen));

    /// <summary>未知图层 {0}</summary>
    public static Message RuleUnknownLayer(string? layer) => M(nameof(RuleUnknownLayer), layer);

    /// <summary>距离须为正数（{0}）</summary>
    public static Message RuleDistanceNotPositive(double meters) => M(nameof(RuleDistanceNotPositive), meters);

    /// <summary>行业代码列表为空</summary>
    public static Message RuleNoIndustryCodes() => M(nameof(RuleNoIndustryCodes));

    /// <summary>行业代码格式错误 {0}</summary>
    public static Message RuleBadIndustryCode(string? code) => M(nameof(RuleBadIndustryCode), code);

    /// <summary>未知事实 {0}</summary>
    public static Message RuleUnknownFact(string? fact) => M(nameof(RuleUnknownFact), fact);

    /// <summary>事实 {0} 与比较方式 {1} 不匹配</summary>
    public static Message RuleFactComparisonMismatch(string fact, object comparison) => M(nameof(RuleFactComparisonMismatch), fact, comparison);

    /// <summary>事实 {0} 的比较缺少 value</summary>
    public static Message RuleFactNoValue(string fact) => M(nameof(RuleFactNoValue), fact);

    /// <summary>all/any 须至少包含一个条件</summary>
    public static Message RuleEmptyAllAny() => M(nameof(RuleEmptyAllAny));

    /// <summary>where 过滤的 values 为空</summary>
    public static Message RuleEmptyWhereValues() => M(nameof(RuleEmptyWhereValues));

    /// <summary>按规划月度目标比例分解：{0}{1}（各月上限，k 的说明）</summary>
    public static Message SplitByMonthlyTargets(Message caps, Message factor) => M(nameof(SplitByMonthlyTargets), caps, factor);

    /// <summary>{0}月 ≤ {1}</summary>
    public static Message SplitMonthCap(int month, string cap) => M(nameof(SplitMonthCap), month, cap);

    /// <summary>{0}，{1}（a list: the items so far and the next）</summary>
    public static Message ListItems(Message items, Message next) => M(nameof(ListItems), items, next);

    /// <summary>（为月度目标的 {0}%，达到月度目标即可）</summary>
    public static Message SplitTargetsSuffice(string percent) => M(nameof(SplitTargetsSuffice), percent);

    /// <summary>（须严于月度目标，为其 {0}%）</summary>
    public static Message SplitStricterThanTargets(string percent) => M(nameof(SplitStricterThanTargets), percent);

    /// <summary>剩余 {0} 天均值界限 {1}；各月剩余天数 × 月度目标之和 = {2} = {3}；k = {1} × {0} / {3} = {4}；各月 ≤ k × 月度目标，按一位小数向下取</summary>
    public static Message SplitArithmetic(int days, string bound, string terms, string weighted, string factor) => M(nameof(SplitArithmetic), days, bound, terms, weighted, factor);

    /// <summary>{0} 天</summary>
    public static Message ProjectionDays(string days) => M(nameof(ProjectionDays), days);

    /// <summary>优良天数比例</summary>
    public static Message StatisticGoodDayRatio() => M(nameof(StatisticGoodDayRatio));

    /// <summary>重污染天数</summary>
    public static Message StatisticHeavilyPollutedDays() => M(nameof(StatisticHeavilyPollutedDays));

    /// <summary>；(b) 剩余各月按规划月度目标：{0}</summary>
    public static Message ProjectionScenarioMonthlyTargets(object value) => M(nameof(ProjectionScenarioMonthlyTargets), value);

    /// <summary>；(c) 按当前进度（剩余时段与已过时段相同）：{0}</summary>
    public static Message ProjectionScenarioPace(object value) => M(nameof(ProjectionScenarioPace), value);

    /// <summary>全年已结束，{0} 全年值 {1}</summary>
    public static Message ProjectionYearComplete(object statistic, object value) => M(nameof(ProjectionYearComplete), statistic, value);

    /// <summary>全年已结束，{0} 无有效数据</summary>
    public static Message ProjectionYearCompleteNoData(object statistic) => M(nameof(ProjectionYearCompleteNoData), statistic);

    /// <summary>全年已结束，不作预测</summary>
    public static Message ProjectionYearCompleteNoProjection() => M(nameof(ProjectionYearCompleteNoProjection));

    /// <summary>{0}（{1} 天）</summary>
    public static Message ProjectionSkippedYear(int year, int days) => M(nameof(ProjectionSkippedYear), year, days);

    /// <summary>{0}、{1}（a list of names or years: the items so far and the next）</summary>
    public static Message ListEnumeration(Message items, Message next) => M(nameof(ListEnumeration), items, next);

    /// <summary>{0}（a text the same in both languages: a formula, a number）</summary>
    public static Message Literal(string text) => M(nameof(Literal), text);

    /// <summary>(a) 以本年 1 月 1 日至 {0} 的数据，接上往年同期（{1}月{2}日至12月31日，同日历日）的城市日值，按年度评价（HJ 663-2013 统计、GB/T 8170 修约）算出全年值；往年剩余时段有效日不少于剩余 {3} 天的一半（{4} 天）方计入</summary>
    public static Message ProjectionRule(string asOf, int fromMonth, int fromDay, int daysLeft, int need) => M(nameof(ProjectionRule), asOf, fromMonth, fromDay, daysLeft, need);

    /// <summary>库中没有往年同期数据</summary>
    public static Message ProjectionNoPastYears() => M(nameof(ProjectionNoPastYears));

    /// <summary>往年同期有效日不足（{0}，须 ≥ {1} 天）</summary>
    public static Message ProjectionPastYearsTooFew(Message skipped, int need) => M(nameof(ProjectionPastYearsTooFew), skipped, need);

    /// <summary>{0}，不作预测</summary>
    public static Message ProjectionNone(Message why) => M(nameof(ProjectionNone), why);

    /// <summary>{0}：{1}，不作预测{2}{3}（(b), (c): a scenario or empty）</summary>
    public static Message ProjectionNoneArithmetic(Message rule, Message why, object monthlyTargets, object pace) => M(nameof(ProjectionNoneArithmetic), rule, why, monthlyTargets, pace);

    /// <summary>按往年同期（{0} 年）预测全年 {1} {2}{3}{4}（interval, pMeet: a part or empty）</summary>
    public static Message ProjectionText(int years, object statistic, object value, object interval, object pMeet) => M(nameof(ProjectionText), years, statistic, value, interval, pMeet);

    /// <summary>（80% 区间：{0}–{1}）</summary>
    public static Message ProjectionInterval(object low, object high) => M(nameof(ProjectionInterval), low, high);

    /// <summary>，达标概率 {0}%</summary>
    public static Message ProjectionProbability(double percent) => M(nameof(ProjectionProbability), percent);

    /// <summary>{0}；往年剩余各日按本年水平校正（{1}）：{2}{3}；取中位数 {4}{5}{6}{7}{8}（optional parts empty）</summary>
    public static Message ProjectionArithmetic(Message rule, Message levelRule, Message completions, object skipped, object median, Message interval, object meetShare, object monthlyTargets, object pace) => M(nameof(ProjectionArithmetic), rule, levelRule, completions, skipped, median, interval, meetShare, monthlyTargets, pace);

    /// <summary>接 {0} 年{1} → {2}{3}</summary>
    public static Message ProjectionCompletion(int year, Message level, object value, object meets) => M(nameof(ProjectionCompletion), year, level, value, meets);

    /// <summary>（达标）</summary>
    public static Message ProjectionMeets() => M(nameof(ProjectionMeets));

    /// <summary>（不达标）</summary>
    public static Message ProjectionFails() => M(nameof(ProjectionFails));

    /// <summary>；不计入：{0}</summary>
    public static Message ProjectionSkipped(Message years) => M(nameof(ProjectionSkipped), years);

    /// <summary>；80% 预测区间 = 中位数 ± t(0.90, {0}) × s × √(1 + 1/{1}) = {2} ± {3} × {4} × {5}，即 {6}–{7}</summary>
    public static Message ProjectionPredictionInterval(int degrees, int years, object median, double t, double sd, double root, object low, object high) => M(nameof(ProjectionPredictionInterval), degrees, years, median, t, sd, root, low, high);

    /// <summary>；仅 1 年，不给区间</summary>
    public static Message ProjectionOneYear() => M(nameof(ProjectionOneYear));

    /// <summary>；达标 {0}/{1} = {2}</summary>
    public static Message ProjectionMeetShare(int meeting, int years, double share) => M(nameof(ProjectionMeetShare), meeting, years, share);

    /// <summary>（{0}）</summary>
    public static Message ProjectionLevelFactors(Message factors) => M(nameof(ProjectionLevelFactors), factors);

    /// <summary>（未校正）</summary>
    public static Message ProjectionNotLevelled() => M(nameof(ProjectionNotLevelled));

    /// <summary>各污染物乘以 (本年至今均值 / 该年同期均值)^w，w = 已过天数/(已过天数 + {0})；优良与重污染天按校正后的浓度重算 AQI</summary>
    public static Message ProjectionLevelRule(double shrinkDays) => M(nameof(ProjectionLevelRule), shrinkDays);

    /// <summary>指标名称含“{0}”（目标为降幅）：越高越好</summary>
    public static Message DirectionReductionInName(string word) => M(nameof(DirectionReductionInName), word);

    /// <summary>指标名称含“{0}”：越低越好</summary>
    public static Message DirectionLowerInName(string word) => M(nameof(DirectionLowerInName), word);

    /// <summary>指标名称含“{0}”：越高越好</summary>
    public static Message DirectionHigherInName(string word) => M(nameof(DirectionHigherInName), word);

    /// <summary>单位 {0} 为浓度：越低越好</summary>
    public static Message DirectionConcentrationUnit(string? unit) => M(nameof(DirectionConcentrationUnit), unit);

    /// <summary>无法从指标名称和单位判断越高越好还是越低越好</summary>
    public static Message DirectionUnknown() => M(nameof(DirectionUnknown));

    /// <summary>目标为上限（≤、不高于、降到）：越低越好</summary>
    public static Message DirectionAtMost() => M(nameof(DirectionAtMost));

    /// <summary>目标为相对基准下降：越低越好</summary>
    public static Message DirectionRelativeDecrease() => M(nameof(DirectionRelativeDecrease));

    /// <summary>目标为下限（≥、不低于、达到）：越高越好</summary>
    public static Message DirectionAtLeast() => M(nameof(DirectionAtLeast));

    /// <summary>目标为相对基准提高：越高越好</summary>
    public static Message DirectionRelativeIncrease() => M(nameof(DirectionRelativeIncrease));

    /// <summary>水质类别：Ⅰ类最好，劣Ⅴ类最差，不劣于目标类别为达标</summary>
    public static Message DirectionWaterClass() => M(nameof(DirectionWaterClass));

    /// <summary>目标待上级下达，无法确定：{0}{1}（{1} the actual or empty）</summary>
    public static Message IndicatorTargetPending(string unresolved, object actual) => M(nameof(IndicatorTargetPending), unresolved, actual);

    /// <summary>规划未给出该年份的目标值{0}（{0} the actual or empty）</summary>
    public static Message IndicatorNoTarget(object actual) => M(nameof(IndicatorNoTarget), actual);

    /// <summary>目标“{0}”待上级下达，尚未确定数值{1}（{1} the actual or empty）</summary>
    public static Message IndicatorReferencePending(string target, object actual) => M(nameof(IndicatorReferencePending), target, actual);

    /// <summary>；实际 {0}{1}（{1} the unit after a space, or empty）</summary>
    public static Message IndicatorActualValue(string value, string unit) => M(nameof(IndicatorActualValue), value, unit);

    /// <summary>；实际“{0}”</summary>
    public static Message IndicatorActualText(string text) => M(nameof(IndicatorActualText), text);

    /// <summary>评估日期 {0} 早于 {1} 年，未到期</summary>
    public static Message IndicatorNotYetDue(string asOf, int year) => M(nameof(IndicatorNotYetDue), asOf, year);

    /// <summary>目标“{0}”相对基准值，但基准值缺失，无法计算目标</summary>
    public static Message IndicatorBaselineAbsent(string target) => M(nameof(IndicatorBaselineAbsent), target);

    /// <summary>目标“{0}”相对基准值，但基准值“{1}”不是数值，无法计算目标</summary>
    public static Message IndicatorBaselineNotNumber(string target, string baseline) => M(nameof(IndicatorBaselineNotNumber), target, baseline);

    /// <summary>{0}{1}（a reason and the actual, or empty）</summary>
    public static Message IndicatorWithActual(Message reason, object actual) => M(nameof(IndicatorWithActual), reason, actual);

    /// <summary>目标“{0}”不是可比较的数值</summary>
    public static Message IndicatorNotComparable(string target) => M(nameof(IndicatorNotComparable), target);

    /// <summary>{0}；{1}（two clauses）</summary>
    public static Message IndicatorClauses(Message first, Message second) => M(nameof(IndicatorClauses), first, second);

    /// <summary>{0}；无实际值（平台未计算，也未录入）{1}（{1} the entered text or empty）</summary>
    public static Message IndicatorNoActual(Message target, object entered) => M(nameof(IndicatorNoActual), target, entered);

    /// <summary>，录入的“{0}”不是数值</summary>
    public static Message IndicatorEnteredNotNumber(string text) => M(nameof(IndicatorEnteredNotNumber), text);

    /// <summary>目标 {0} 或更好；实际 {1}，不劣于目标{2}</summary>
    public static Message IndicatorWaterClassNoWorse(string target, string actual, Message verdict) => M(nameof(IndicatorWaterClassNoWorse), target, actual, verdict);

    /// <summary>目标 {0} 或更好；实际 {1}，劣于目标{2}</summary>
    public static Message IndicatorWaterClassWorse(string target, string actual, Message verdict) => M(nameof(IndicatorWaterClassWorse), target, actual, verdict);

    /// <summary>{0}；实际 {1} {2} {3}{4}</summary>
    public static Message IndicatorYearEnd(Message target, string actual, string comparison, string number, Message verdict) => M(nameof(IndicatorYearEnd), target, actual, comparison, number, verdict);

    /// <summary>{0}；截至 {1} 实际 {2} {3} {4}{5}</summary>
    public static Message IndicatorYearToDate(Message target, string asOf, string actual, string comparison, string number, Message verdict) => M(nameof(IndicatorYearToDate), target, asOf, actual, comparison, number, verdict);

    /// <summary>，达标</summary>
    public static Message VerdictAchieved() => M(nameof(VerdictAchieved));

    /// <summary>，未达标</summary>
    public static Message VerdictNotAchieved() => M(nameof(VerdictNotAchieved));

    /// <summary>，进度正常</summary>
    public static Message VerdictOnTrack() => M(nameof(VerdictOnTrack));

    /// <summary>，进度滞后</summary>
    public static Message VerdictLagging() => M(nameof(VerdictLagging));

    /// <summary>定性目标：以录入的实际情况是否写明“完成”（或达到、达标、保障）判断</summary>
    public static Message QualitativeRule() => M(nameof(QualitativeRule));

    /// <summary>定性目标“{0}”，须录入实际情况（完成 / 未完成）方可判断</summary>
    public static Message QualitativeNeedsActual(string target) => M(nameof(QualitativeNeedsActual), target);

    /// <summary>定性目标“{0}”；录入的实际情况“{1}”写明未完成{2}</summary>
    public static Message QualitativeNotCompleted(string target, string text, Message verdict) => M(nameof(QualitativeNotCompleted), target, text, verdict);

    /// <summary>定性目标“{0}”；录入的实际情况“{1}”写明完成{2}</summary>
    public static Message QualitativeCompleted(string target, string text, Message verdict) => M(nameof(QualitativeCompleted), target, text, verdict);

    /// <summary>定性目标“{0}”；录入的实际情况“{1}”未写明完成或未完成，无法判断</summary>
    public static Message QualitativeUnclear(string target, string text) => M(nameof(QualitativeUnclear), target, text);

    /// <summary>基准{0} {1}，下降 {2}% → 目标 {3} {4}（{0} the baseline year or empty）</summary>
    public static Message TargetFromBaselineDecrease(object year, string baseline, string percent, string bound, string target) => M(nameof(TargetFromBaselineDecrease), year, baseline, percent, bound, target);

    /// <summary>基准{0} {1}，提高 {2}% → 目标 {3} {4}（{0} the baseline year or empty）</summary>
    public static Message TargetFromBaselineIncrease(object year, string baseline, string percent, string bound, string target) => M(nameof(TargetFromBaselineIncrease), year, baseline, percent, bound, target);

    /// <summary> {0} 年</summary>
    public static Message BaselineYear(int year) => M(nameof(BaselineYear), year);

    /// <summary>目标 {0}</summary>
    public static Message TargetWaterClass(string waterClass) => M(nameof(TargetWaterClass), waterClass);

    /// <summary>目标 {0} {1}（“{2}”）</summary>
    public static Message TargetStated(string bound, string number, string text) => M(nameof(TargetStated), bound, number, text);
}
