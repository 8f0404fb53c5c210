using System.Globalization;

namespace EcoGov.Core.Water;

/// <summary>One item's value and class within an evaluation.</summary>
/// <param name="ExceedanceMultiple">超标倍数 over class Ⅲ when worse than Ⅲ; null otherwise and for DO and pH.</param>
public sealed record WaterItemResult(string Code, int TableRow, double Value, int Class, double? ExceedanceMultiple);

/// <summary>
/// A sample's (or a period mean's) evaluation by the single-factor method of the 2011 evaluation method §2.
/// </summary>
/// <param name="Class">Worst class over the classifying items, 1..6; null when no classifying item has a value.</param>
/// <param name="Status">Qualitative status of <paramref name="Class"/> (优/良好/轻度污染/中度污染/重度污染); null with the class.</param>
/// <param name="DeterminingItems">Codes of the classifying items at the sample's class (定类项目), in table order.</param>
/// <param name="Items">Classifying items with a value, in table order.</param>
/// <param name="ExceedingItems">Classifying items worse than class Ⅲ, worst first (see <see cref="WaterSampleEvaluator"/>).</param>
/// <param name="TopExceedingItems">The first three of <paramref name="ExceedingItems"/> (主要污染指标).</param>
/// <param name="ReportedApart">Items classified and reported but not in the class: TN of a lake/reservoir, fecal coliform.</param>
/// <param name="MissingItems">Items of the table for this body kind without a value (null or absent), skipped.</param>
/// <param name="NotEvaluatedItems">Supplied codes the standard does not evaluate for this body kind (e.g. TN on a river) or invalid values.</param>
public sealed record WaterSampleEvaluation(
    int? Class,
    string? Status,
    IReadOnlyList<string> DeterminingItems,
    IReadOnlyList<WaterItemResult> Items,
    IReadOnlyList<WaterItemResult> ExceedingItems,
    IReadOnlyList<WaterItemResult> TopExceedingItems,
    IReadOnlyList<WaterItemResult> ReportedApart,
    IReadOnlyList<string> MissingItems,
    IReadOnlyList<string> NotEvaluatedItems,
    IReadOnlyList<string> Notes);

/// <summary>Evaluates one set of item values (a sample, or the item means of a period) against a standard.</summary>
public static class WaterSampleEvaluator
{
    /// <summary>How many exceeding items are listed as the main pollutants (2011 evaluation method §2: top three).</summary>
    public const int TopExceedingCount = 3;

    /// <summary>A measured value usable for evaluation: finite and not negative.</summary>
    public static bool IsUsableValue(double value) => double.IsFinite(value) && value >= 0;

    /// <summary>
    /// Class = worst class over the classifying items (single-factor method). Exceeding items are ordered by
    /// exceedance multiple, largest first, ties by Table 1 row; items worse than Ⅲ without a multiple (DO, pH)
    /// follow in table order.
    /// </summary>
    public static WaterSampleEvaluation Evaluate(SurfaceWaterStandard standard, WaterBodyKind kind, IReadOnlyDictionary<string, double?> values)
    {
        var items = new List<WaterItemResult>();
        var apart = new List<WaterItemResult>();
        var missing = new List<string>();
        var notEvaluated = new List<string>();
        var notes = new List<string>();

        foreach (var limit in standard.ItemsFor(kind))
        {
            if (!values.TryGetValue(limit.Code, out var v) || v is null)
            {
                missing.Add(limit.Code);
                continue;
            }
            if (!IsUsableValue(v.Value))
            {
                notEvaluated.Add(limit.Code);
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{limit.Code} 数值无效（{v.Value}），未参与评价 (invalid value, skipped)"));
                continue;
            }
            var result = new WaterItemResult(limit.Code, limit.TableRow, v.Value,
                WaterItemClassifier.ClassOf(limit, v.Value), WaterItemClassifier.ExceedanceMultiple(limit, v.Value));
            (limit.Use == ItemUse.Classifying ? items : apart).Add(result);
            if (limit.Direction == LimitDirection.AtLeast && result.Class > WaterClass.III)
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{limit.Code} {v.Value} {limit.Unit} 低于Ⅲ类标准 {limit.ClassIIILimit} {limit.Unit} (below class Ⅲ; no exceedance multiple)"));
        }

        foreach (var code in values.Keys.Order(StringComparer.Ordinal))
        {
            if (standard.Find(code, kind) is null)
            {
                notEvaluated.Add(code);
                notes.Add(code == "TN" && kind == WaterBodyKind.River
                    ? "TN 不参与河流水质评价 (total nitrogen is not evaluated for rivers)"
                    : $"{code} 不在 {standard.Id} 的评价项目中 (not an evaluated item)");
            }
        }

        int? cls = items.Count == 0 ? null : items.Max(i => i.Class);
        if (cls is null) notes.Add("无参与定类的项目数值，不定类 (no classifying item has a value; no class)");

        var exceeding = items.Where(i => i.Class > WaterClass.III)
            .OrderBy(i => i.ExceedanceMultiple is null ? 1 : 0)
            .ThenByDescending(i => i.ExceedanceMultiple ?? 0)
            .ThenBy(i => i.TableRow)
            .ToList();

        return new WaterSampleEvaluation(
            cls,
            cls is { } c ? WaterClass.Status(c) : null,
            cls is { } w ? items.Where(i => i.Class == w).Select(i => i.Code).ToList() : [],
            items,
            exceeding,
            exceeding.Take(TopExceedingCount).ToList(),
            apart,
            missing,
            notEvaluated,
            notes);
    }

    /// <summary>Evaluates against GB 3838-2002 Table 1.</summary>
    public static WaterSampleEvaluation Evaluate(WaterBodyKind kind, IReadOnlyDictionary<string, double?> values) =>
        Evaluate(Gb3838_2002.Table1, kind, values);
}
