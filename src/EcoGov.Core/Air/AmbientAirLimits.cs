using EcoGov.Core.Text;

namespace EcoGov.Core.Air;

/// <summary>Averaging period of a GB 3095 concentration limit (浓度限值).</summary>
public enum LimitPeriod
{
    /// <summary>年平均 annual mean.</summary>
    Annual,
    /// <summary>24小时平均 24-hour mean.</summary>
    TwentyFourHour,
    /// <summary>日最大8小时平均 daily maximum 8-hour mean (O3).</summary>
    EightHour,
    /// <summary>1小时平均 1-hour mean.</summary>
    OneHour,
}

/// <summary>
/// 环境功能区类别 grade of limits: Grade I for class-1 zones (national parks, nature reserves, nature parks,
/// other special protection areas), Grade II for everything else.
/// </summary>
public enum LimitGrade
{
    GradeI,
    GradeII,
}

/// <summary>One row of a GB 3095 limit table: a pollutant and period with its Grade I and Grade II limits.</summary>
public sealed record ConcentrationLimit(Pollutant Pollutant, LimitPeriod Period, double GradeI, double GradeII)
{
    public double For(LimitGrade grade) => grade == LimitGrade.GradeI ? GradeI : GradeII;
}

/// <summary>A version of GB 3095 (环境空气质量标准) basic-item limits, as data.</summary>
public sealed record AmbientAirLimits(string Code, DateOnly ValidFrom, DateOnly? ValidTo, IReadOnlyList<ConcentrationLimit> Limits)
{
    public ConcentrationLimit? Find(Pollutant pollutant, LimitPeriod period) =>
        Limits.FirstOrDefault(l => l.Pollutant == pollutant && l.Period == period);

    public double Limit(Pollutant pollutant, LimitPeriod period, LimitGrade grade) =>
        (Find(pollutant, period) ?? throw new ArgumentException(CoreText.NoLimit(Code, PollutantNames.Display(pollutant), period).Bilingual, nameof(period)))
        .For(grade);
}

/// <summary>The GB 3095 versions and how one is chosen by the date of the data.</summary>
public static class AmbientAirLimitTables
{
    private static ConcentrationLimit L(Pollutant p, LimitPeriod period, double gradeI, double gradeII) => new(p, period, gradeI, gradeII);

    // Rows common to all three tables: CO and O3 limits are unchanged.
    private static readonly ConcentrationLimit[] CoO3 =
    [
        L(Pollutant.CO, LimitPeriod.TwentyFourHour, 4, 4),
        L(Pollutant.CO, LimitPeriod.OneHour, 10, 10),
        L(Pollutant.O3, LimitPeriod.EightHour, 100, 160),
        L(Pollutant.O3, LimitPeriod.OneHour, 160, 200),
    ];

    /// <summary>GB 3095-2012 Table 1 (basic items), in force 2016-01-01 .. 2026-02-28.</summary>
    public static readonly AmbientAirLimits Gb3095_2012 = new("GB 3095-2012", new DateOnly(2016, 1, 1), new DateOnly(2026, 2, 28),
    [
        L(Pollutant.SO2, LimitPeriod.Annual, 20, 60),
        L(Pollutant.SO2, LimitPeriod.TwentyFourHour, 50, 150),
        L(Pollutant.SO2, LimitPeriod.OneHour, 150, 500),
        L(Pollutant.NO2, LimitPeriod.Annual, 40, 40),
        L(Pollutant.NO2, LimitPeriod.TwentyFourHour, 80, 80),
        L(Pollutant.NO2, LimitPeriod.OneHour, 200, 200),
        .. CoO3,
        L(Pollutant.PM10, LimitPeriod.Annual, 40, 70),
        L(Pollutant.PM10, LimitPeriod.TwentyFourHour, 50, 150),
        L(Pollutant.PM25, LimitPeriod.Annual, 15, 35),
        L(Pollutant.PM25, LimitPeriod.TwentyFourHour, 35, 75),
    ]);

    /// <summary>GB 3095-2026 transitional limits (过渡期限值), 2026-03-01 .. 2030-12-31.</summary>
    public static readonly AmbientAirLimits Gb3095_2026Transitional = new("GB 3095-2026 (transitional)", new DateOnly(2026, 3, 1), new DateOnly(2030, 12, 31),
    [
        L(Pollutant.SO2, LimitPeriod.Annual, 20, 60),
        L(Pollutant.SO2, LimitPeriod.TwentyFourHour, 50, 150),
        L(Pollutant.SO2, LimitPeriod.OneHour, 150, 500),
        L(Pollutant.NO2, LimitPeriod.Annual, 40, 40),
        L(Pollutant.NO2, LimitPeriod.TwentyFourHour, 80, 80),
        L(Pollutant.NO2, LimitPeriod.OneHour, 200, 200),
        .. CoO3,
        L(Pollutant.PM10, LimitPeriod.Annual, 40, 60),
        L(Pollutant.PM10, LimitPeriod.TwentyFourHour, 50, 120),
        L(Pollutant.PM25, LimitPeriod.Annual, 15, 30),
        L(Pollutant.PM25, LimitPeriod.TwentyFourHour, 35, 60),
    ]);

    /// <summary>GB 3095-2026 final limits, from 2031-01-01.</summary>
    public static readonly AmbientAirLimits Gb3095_2026Final = new("GB 3095-2026", new DateOnly(2031, 1, 1), null,
    [
        L(Pollutant.SO2, LimitPeriod.Annual, 20, 20),
        L(Pollutant.SO2, LimitPeriod.TwentyFourHour, 50, 50),
        L(Pollutant.SO2, LimitPeriod.OneHour, 150, 150),
        L(Pollutant.NO2, LimitPeriod.Annual, 30, 30),
        L(Pollutant.NO2, LimitPeriod.TwentyFourHour, 50, 50),
        L(Pollutant.NO2, LimitPeriod.OneHour, 200, 200),
        .. CoO3,
        L(Pollutant.PM10, LimitPeriod.Annual, 20, 50),
        L(Pollutant.PM10, LimitPeriod.TwentyFourHour, 50, 100),
        L(Pollutant.PM25, LimitPeriod.Annual, 10, 25),
        L(Pollutant.PM25, LimitPeriod.TwentyFourHour, 25, 50),
    ]);

    public static readonly IReadOnlyList<AmbientAirLimits> All = [Gb3095_2012, Gb3095_2026Transitional, Gb3095_2026Final];

    /// <summary>
    /// The table in force on <paramref name="date"/>. Dates before 2016-01-01 also get GB 3095-2012
    /// (the platform's choice; GB 3095-1996 is not modelled).
    /// </summary>
    public static AmbientAirLimits ForDate(DateOnly date) =>
        All.LastOrDefault(t => t.ValidFrom <= date) ?? Gb3095_2012;
}
