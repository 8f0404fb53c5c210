using EcoGov.Core.Water;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EcoGov.Core.Tests.Water;

/// <summary>GUIDE: a class never gets better when a value worsens.</summary>
public class WaterClassPropertyTests
{
    private static readonly WaterItemLimit[] AtMostItems =
        Gb3838_2002.Table1.Items.Where(i => i.Direction == LimitDirection.AtMost).ToArray();

    private static readonly WaterItemLimit DoLimit = Gb3838_2002.Table1.Find("DO", WaterBodyKind.River)!;

    /// <summary>A value from 0 to twice the class Ⅴ limit, often exactly on a limit.</summary>
    private static Gen<double> ValueNear(WaterItemLimit item)
    {
        double max = item.Direction == LimitDirection.Range ? 14 : item.ClassLimits.Max() * 2;
        var spread = Gen.Choose(0, 10_000).Select(k => k / 10_000.0 * max);
        if (item.Direction == LimitDirection.Range) return Gen.OneOf(spread, Gen.Elements(6.0, 9.0));
        return Gen.OneOf(spread, Gen.Elements(item.ClassLimits.ToArray()));
    }

    /// <summary>A value mostly at or better than class Ⅲ, so that the sample's class is sensitive to one item.</summary>
    private static Gen<double> MostlyClean(WaterItemLimit item)
    {
        var clean = item.Direction switch
        {
            LimitDirection.Range => Gen.Choose(6_000, 9_000).Select(k => k / 1_000.0),
            LimitDirection.AtLeast => Gen.Choose(0, 10_000).Select(k => item.ClassLimits[2] + k / 1_000.0),
            _ => Gen.Choose(0, 10_000).Select(k => k / 10_000.0 * item.ClassLimits[2]),
        };
        return Gen.Frequency((3, clean), (1, ValueNear(item)));
    }

    /// <summary>A sample with about a quarter of the table's items measured.</summary>
    private static Gen<Dictionary<string, double?>> SampleGen(WaterBodyKind kind)
    {
        var items = Gb3838_2002.Table1.ItemsFor(kind).ToArray();
        Gen<Dictionary<string, double?>> gen = Gen.Constant(new Dictionary<string, double?>());
        foreach (var item in items)
        {
            var valueGen = Gen.Frequency((3, Gen.Constant<double?>(null)), (1, MostlyClean(item).Select(v => (double?)v)));
            gen = gen.SelectMany(_ => valueGen, (d, v) => new Dictionary<string, double?>(d) { [item.Code] = v });
        }
        return gen;
    }

    [Property(MaxTest = 300)]
    public Property Item_class_never_improves_when_an_at_most_value_increases() =>
        Prop.ForAll(
            Gen.Elements(AtMostItems).SelectMany(i => ValueNear(i), (i, v) => (i, v))
                .SelectMany(_ => Gen.Choose(0, 10_000), (p, d) => (p.i, p.v, d)).ToArbitrary(),
            t =>
            {
                double worse = t.v + t.d / 10_000.0 * t.i.ClassLimits[4];
                return WaterItemClassifier.ClassOf(t.i, worse) >= WaterItemClassifier.ClassOf(t.i, t.v);
            });

    private static readonly string[] AtMostClassifyingCodes =
        AtMostItems.Where(i => i.Use == ItemUse.Classifying).Select(i => i.Code).Distinct().ToArray();

    [Property(MaxTest = 500)]
    public Property Sample_class_never_improves_when_an_at_most_item_worsens() =>
        Prop.ForAll(
            Gen.Elements(WaterBodyKind.River, WaterBodyKind.LakeOrReservoir)
                .SelectMany(SampleGen, (k, s) => (k, s))
                .SelectMany(_ => Gen.Elements(AtMostClassifyingCodes), (p, c) => (p.k, p.s, c))
                .SelectMany(p => MostlyClean(Gb3838_2002.Table1.Find(p.c, p.k)!), (p, v) => (p.k, p.s, p.c, v))
                .SelectMany(_ => Gen.Choose(1, 10_000), (p, d) => (p.k, p.s, p.c, p.v, d)).ToArbitrary(),
            t =>
            {
                var limit = Gb3838_2002.Table1.Find(t.c, t.k)!;
                var sample = new Dictionary<string, double?>(t.s) { [t.c] = t.v };
                // a step of up to the class Ⅲ limit, small enough to land between limits
                var worse = new Dictionary<string, double?>(sample) { [t.c] = t.v + t.d / 10_000.0 * limit.ClassLimits[2] };
                return WaterSampleEvaluator.Evaluate(t.k, worse).Class >= WaterSampleEvaluator.Evaluate(t.k, sample).Class;
            });

    [Property(MaxTest = 500)]
    public Property Sample_class_never_improves_when_DO_decreases() =>
        Prop.ForAll(
            SampleGen(WaterBodyKind.River)
                .SelectMany(_ => MostlyClean(DoLimit), (s, v) => (s, v))
                .SelectMany(_ => Gen.Choose(1, 10_000), (p, d) => (p.s, p.v, d)).ToArbitrary(),
            t =>
            {
                var sample = new Dictionary<string, double?>(t.s) { ["DO"] = t.v };
                var worse = new Dictionary<string, double?>(sample) { ["DO"] = Math.Max(0, t.v - t.d / 1_000.0) };
                return WaterSampleEvaluator.Evaluate(WaterBodyKind.River, worse).Class >= WaterSampleEvaluator.Evaluate(WaterBodyKind.River, sample).Class;
            });

    [Property(MaxTest = 300)]
    public Property DO_class_never_improves_when_the_value_decreases() =>
        Prop.ForAll(
            ValueNear(DoLimit).SelectMany(_ => Gen.Choose(0, 10_000), (v, d) => (v, d)).ToArbitrary(),
            t => WaterItemClassifier.ClassOf(DoLimit, Math.Max(0, t.v - t.d / 1_000.0)) >= WaterItemClassifier.ClassOf(DoLimit, t.v));
}
