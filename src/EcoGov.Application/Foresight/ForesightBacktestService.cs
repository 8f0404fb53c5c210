using System.Globalization;
using EcoGov.Core.Air;
using EcoGov.Core.Foresight;
using EcoGov.Core.Text;
using EcoGov.Data.Monitoring;
using EcoGov.Data.Queries;

namespace EcoGov.Application.Foresight;

/// <summary>
/// `foresight backtest` as a host receives it: the jurisdiction (<c>jurisdiction</c>, with those below it; required) and
/// optionally the years (<c>fromYear</c>, <c>toYear</c>) read from the store.
/// </summary>
public sealed record ForesightBacktestRequest(string? Jurisdiction, string? FromYear = null, string? ToYear = null)
{
    public const string JurisdictionField = "jurisdiction";
    public const string FromYearField = "fromYear";
    public const string ToYearField = "toYear";
}

/// <summary>
/// The backtest's JSON. <c>years</c>: the years with data; <c>yearsTested</c>: those projected (each needs an earlier year);
/// <c>byStatistic</c>/<c>byMonth</c>: mean absolute error of the projected year-end value (basis past years; <c>paceMae</c>
/// the same for the current pace), and <c>coverage</c> the share of the 80 % prediction intervals that held the actual value
/// over the <c>intervalCases</c> with an interval (two or more past years; null without one).
/// </summary>
public sealed record ForesightBacktestDto(string Jurisdiction, int Stations, IReadOnlyList<int> Years, IReadOnlyList<int> YearsTested, int Cases,
    string Method, IReadOnlyList<BacktestFigureDto> ByStatistic, IReadOnlyList<BacktestFigureDto> ByMonth);

/// <summary>One figure: <c>statistic</c> "PM2.5", "O3", …, "goodDayRatio", "heavilyPollutedDays"; <c>month</c> the as-of month (null overall).</summary>
public sealed record BacktestFigureDto(string Statistic, int? Month, int Cases, double Mae, double? PaceMae, double? Coverage, int IntervalCases);

/// <summary>
/// Issue 14 item 3: the projection run as of the end of each month (January … November) of every year in the store that
/// has an earlier one, from the earlier years only, against the year's actual statistics (<see cref="ProjectionBacktest"/>).
/// </summary>
public sealed class ForesightBacktestService(PlanCatalog catalog, MonitoringStoreQuery store)
{
    public const int MinYear = 2000, MaxYear = 2100;

    public static (int? From, int? To) Check(ForesightBacktestRequest request)
    {
        if (RequestValues.Absent(request.Jurisdiction))
            throw new ApplicationInputException(ErrorCode.Required, ForesightBacktestRequest.JurisdictionField, AppText.JurisdictionRequired());
        int? from = Year(request.FromYear, ForesightBacktestRequest.FromYearField, AppText.LabelFromYear);
        int? to = Year(request.ToYear, ForesightBacktestRequest.ToYearField, AppText.LabelToYear);
        if (from > to)
            throw new ApplicationInputException(ErrorCode.InvalidPeriod, ForesightBacktestRequest.ToYearField,
                AppText.ToYearBeforeFromYear(to, from));
        return (from, to);
    }

    private static int? Year(string? value, string field, AppMessage label)
    {
        if (RequestValues.Absent(value)) return null;
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < MinYear || y > MaxYear)
            throw new ApplicationInputException(ErrorCode.OutOfRange, field,
                AppText.YearOutOfRange(label, MinYear, MaxYear, UserText.Quote(value!), field));
        return y;
    }

    public async Task<ForesightBacktestDto> RunAsync(ForesightBacktestRequest request, CancellationToken ct = default)
    {
        var (from, to) = Check(request);
        var code = request.Jurisdiction!.Trim();
        if (await catalog.JurisdictionAsync(code, ct) is null)
            throw new ApplicationInputException(ErrorCode.UnknownJurisdiction, ForesightBacktestRequest.JurisdictionField,
                AppText.UnknownJurisdictionCode(UserText.Quote(code)));
        var stations = await store.AirDaysAsync(code, null, from is int f ? new DateOnly(f, 1, 1) : null, to is int t ? new DateOnly(t, 12, 31) : null, ct);
        var yearsWithData = stations.SelectMany(s => s.Days).Select(d => d.Date.Year).Distinct().Order().ToList();
        var series = stations.Select(s => s.Series).ToList();
        if (yearsWithData.Count == 0)
            throw new ApplicationInputException(ErrorCode.NoData, ForesightBacktestRequest.JurisdictionField,
                AppText.NoStoredHourlyDataForJurisdictionYears());
        var years = new Dictionary<int, IReadOnlyList<DailyAirValues>>();
        foreach (var y in yearsWithData)
        {
            var first = new DateOnly(y, 1, 1);
            years[y] = ForesightDays.CityDays(series, first, new DateOnly(y, 12, 31), AirEvaluationStandards.ForDate(first));
        }
        var result = ProjectionBacktest.Run(years, y => AirEvaluationStandards.ForDate(new DateOnly(y, 1, 1)));
        static BacktestFigureDto Dto(BacktestFigure f) => new(f.Statistic.Name, f.Month, f.Cases, (double)f.Mae, (double?)f.PaceMae, (double?)f.Coverage, f.IntervalCases);
        return new ForesightBacktestDto(code, stations.Count, result.Years, result.YearsTested, result.Cases.Count, Method,
            result.ByStatistic.Select(Dto).ToList(), result.ByMonth.Select(Dto).ToList());
    }

    public const string Method =
        "每个有更早年份数据的年份，于 1–11 月各月末按往年同期（仅用更早的年份）预测全年值，与该年全年实际值（HJ 663 年度评价）比较：" +
        "mae 为预测值（中位数）的平均绝对误差，paceMae 为按当前进度的平均绝对误差，coverage 为 80% 预测区间含实际值的比例（仅计有区间、即至少 2 个往年的预测，intervalCases 次）/ " +
        "the projection as of each month end of every year with earlier years, from those years only, against the year's actual value";
}
