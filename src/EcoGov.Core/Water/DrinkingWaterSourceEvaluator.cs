namespace EcoGov.Core.Water;

/// <summary>A concentrated drinking-water source (集中式饮用水水源地) judged against class Ⅲ.</summary>
/// <param name="BackgroundExcluded">Items left out because they were flagged as exceeding from natural background (扣除本底).</param>
/// <param name="MeetsClassIII">Class Ⅲ or better after the exclusion; null when there is no class.</param>
public sealed record DrinkingWaterSourceResult(string Name, WaterSampleEvaluation Evaluation, IReadOnlyList<string> BackgroundExcluded, bool? MeetsClassIII);

/// <summary>达到或优于Ⅲ类比例: sources at class Ⅲ or better over the sources evaluated (fraction 0..1; null when none).</summary>
public sealed record DrinkingWaterSourceShare(int SourceCount, int Evaluated, int MeetingCount, double? Share);

/// <summary>
/// Reference §4: concentrated drinking-water sources are judged against class Ⅲ; the share is of sources at class Ⅲ
/// or better. The seed plans allow 扣除本底: items flagged as exceeding because of natural background are excluded.
/// </summary>
public static class DrinkingWaterSourceEvaluator
{
    public const int RequiredClass = WaterClass.III;

    public static DrinkingWaterSourceResult Evaluate(SurfaceWaterStandard standard, string name, WaterBodyKind kind,
        IReadOnlyDictionary<string, double?> values, IReadOnlySet<string> backgroundItems)
    {
        var excluded = values.Keys.Where(backgroundItems.Contains).Order(StringComparer.Ordinal).ToList();
        var kept = values.Where(kv => !backgroundItems.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        var evaluation = WaterSampleEvaluator.Evaluate(standard, kind, kept);
        if (excluded.Count > 0)
            evaluation = evaluation with { Notes = [.. evaluation.Notes, $"扣除本底项目：{string.Join("、", excluded)} (excluded as natural background)"] };
        bool? meets = evaluation.Class is { } c ? WaterClass.Meets(c, RequiredClass) : null;
        return new(name, evaluation, excluded, meets);
    }

    public static DrinkingWaterSourceShare Share(IEnumerable<DrinkingWaterSourceResult> sources)
    {
        int count = 0, evaluated = 0, meeting = 0;
        foreach (var s in sources)
        {
            count++;
            if (s.MeetsClassIII is not { } m) continue;
            evaluated++;
            if (m) meeting++;
        }
        return new(count, evaluated, meeting, evaluated == 0 ? null : (double)meeting / evaluated);
    }
}
