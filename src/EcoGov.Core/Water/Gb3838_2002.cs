namespace EcoGov.Core.Water;

/// <summary>
/// GB 3838-2002 地表水环境质量标准 (surface water environmental quality standard), Table 1 basic items,
/// with the item uses of the 2011 national evaluation method (地表水环境质量评价办法（试行）) §2:
/// rivers use 21 items (Table 1 without water temperature, TN and fecal coliform); for lakes and
/// reservoirs TP uses the lake limits and TN is evaluated apart, not folded into the class.
/// Units mg/L, fecal coliform per L, pH dimensionless.
/// Water temperature (row 1) is a limit on man-made change, not a concentration limit, and is not tabulated.
/// </summary>
public static class Gb3838_2002
{
    public const string StandardId = "GB 3838-2002";

    private static WaterItemLimit AtMost(int row, string code, string name, double i, double ii, double iii, double iv, double v,
        WaterBodyKind? kind = null, ItemUse use = ItemUse.Classifying, string unit = "mg/L") =>
        new(code, name, unit, LimitDirection.AtMost, [i, ii, iii, iv, v], kind, use) { TableRow = row };

    /// <summary>Table 1, rows 2..24 (row 8 twice: rivers and lakes/reservoirs).</summary>
    public static SurfaceWaterStandard Table1 { get; } = new(StandardId,
    [
        // Row 2: pH 6–9 for all classes; outside → 劣Ⅴ for pH.
        new WaterItemLimit("pH", "pH值", "", LimitDirection.Range, [], null, ItemUse.Classifying, RangeLow: 6, RangeHigh: 9) { TableRow = 2 },
        // Row 3: dissolved oxygen ≥ (Ⅰ: 7.5 or 90 % saturation; the saturation form is not modelled).
        new WaterItemLimit("DO", "溶解氧", "mg/L", LimitDirection.AtLeast, [7.5, 6, 5, 3, 2], null, ItemUse.Classifying) { TableRow = 3 },
        AtMost(4, "CODMn", "高锰酸盐指数", 2, 4, 6, 10, 15),
        AtMost(5, "COD", "化学需氧量", 15, 15, 20, 30, 40),
        AtMost(6, "BOD5", "五日生化需氧量", 3, 3, 4, 6, 10),
        AtMost(7, "NH3N", "氨氮", 0.15, 0.5, 1.0, 1.5, 2.0),
        AtMost(8, "TP", "总磷", 0.02, 0.1, 0.2, 0.3, 0.4, WaterBodyKind.River),
        AtMost(8, "TP", "总磷（湖、库）", 0.01, 0.025, 0.05, 0.1, 0.2, WaterBodyKind.LakeOrReservoir),
        AtMost(9, "TN", "总氮（湖、库）", 0.2, 0.5, 1.0, 1.5, 2.0, WaterBodyKind.LakeOrReservoir, ItemUse.ReportedApart),
        AtMost(10, "Cu", "铜", 0.01, 1.0, 1.0, 1.0, 1.0),
        AtMost(11, "Zn", "锌", 0.05, 1.0, 1.0, 2.0, 2.0),
        AtMost(12, "F", "氟化物", 1.0, 1.0, 1.0, 1.5, 1.5),
        AtMost(13, "Se", "硒", 0.01, 0.01, 0.01, 0.02, 0.02),
        AtMost(14, "As", "砷", 0.05, 0.05, 0.05, 0.1, 0.1),
        AtMost(15, "Hg", "汞", 0.00005, 0.00005, 0.0001, 0.001, 0.001),
        AtMost(16, "Cd", "镉", 0.001, 0.005, 0.005, 0.005, 0.01),
        AtMost(17, "Cr6", "铬（六价）", 0.01, 0.05, 0.05, 0.05, 0.1),
        AtMost(18, "Pb", "铅", 0.01, 0.01, 0.05, 0.05, 0.1),
        AtMost(19, "CN", "氰化物", 0.005, 0.05, 0.2, 0.2, 0.2),
        AtMost(20, "VP", "挥发酚", 0.002, 0.002, 0.005, 0.01, 0.1),
        AtMost(21, "Petro", "石油类", 0.05, 0.05, 0.05, 0.5, 1.0),
        AtMost(22, "LAS", "阴离子表面活性剂", 0.2, 0.2, 0.2, 0.3, 0.3),
        AtMost(23, "S2", "硫化物", 0.05, 0.1, 0.2, 0.5, 1.0),
        // Row 24: fecal coliform, per L; reported, excluded from the class (evaluation method §2).
        AtMost(24, "FC", "粪大肠菌群", 200, 2000, 10000, 20000, 40000, use: ItemUse.ReportedApart, unit: "个/L"),
    ]);
}
