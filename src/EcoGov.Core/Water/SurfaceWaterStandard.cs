namespace EcoGov.Core.Water;

/// <summary>Kind of water body a section lies on; GB 3838-2002 Table 1 gives TP and TN separately for lakes/reservoirs.</summary>
public enum WaterBodyKind
{
    /// <summary>河流 river.</summary>
    River,

    /// <summary>湖泊、水库 lake or reservoir.</summary>
    LakeOrReservoir,
}

/// <summary>The names of <see cref="WaterBodyKind"/> in one place: "river" / "lake" as the JSON prints them, and as files give them (also 河流 / 湖库).</summary>
public static class WaterBodyKinds
{
    public static string Name(WaterBodyKind kind) => kind == WaterBodyKind.River ? "river" : "lake";

    /// <summary>The kind of a file's type cell (river, lake, 河流, 湖库; case-insensitive), or null.</summary>
    public static WaterBodyKind? Parse(string text) => text.ToLowerInvariant() switch
    {
        "river" or "河流" => WaterBodyKind.River,
        "lake" or "湖库" => WaterBodyKind.LakeOrReservoir,
        _ => null,
    };
}

/// <summary>How a value is compared with an item's limits.</summary>
public enum LimitDirection
{
    /// <summary>"≤": lower is better (most items).</summary>
    AtMost,

    /// <summary>"≥": higher is better (dissolved oxygen).</summary>
    AtLeast,

    /// <summary>A range that holds for all classes (pH 6–9); outside it the item is 劣Ⅴ.</summary>
    Range,
}

/// <summary>What an item's class is used for in a sample's evaluation.</summary>
public enum ItemUse
{
    /// <summary>Counts toward the sample's class (single-factor method, 2011 evaluation method §2).</summary>
    Classifying,

    /// <summary>Classified and reported alongside, but not folded into the class (TN for lakes/reservoirs, fecal coliform).</summary>
    ReportedApart,
}

/// <summary>
/// One row of a surface-water limit table: the limits of classes Ⅰ..Ⅴ (index 0..4) for one item and body kind.
/// For <see cref="LimitDirection.Range"/> the limits are not used; <see cref="RangeLow"/>..<see cref="RangeHigh"/> hold for all classes.
/// </summary>
public sealed record WaterItemLimit(
    string Code,
    string NameZh,
    string Unit,
    LimitDirection Direction,
    IReadOnlyList<double> ClassLimits,
    WaterBodyKind? BodyKind,
    ItemUse Use,
    double RangeLow = double.NaN,
    double RangeHigh = double.NaN)
{
    /// <summary>Position of the item in Table 1 (1-based); orders ties deterministically.</summary>
    public int TableRow { get; init; }

    /// <summary>The class Ⅲ limit, the reference for exceedance multiples (超标倍数); null for a range item.</summary>
    public double? ClassIIILimit => Direction == LimitDirection.Range ? null : ClassLimits[2];

    public bool AppliesTo(WaterBodyKind kind) => BodyKind is null || BodyKind == kind;
}

/// <summary>A versioned surface-water quality standard: its identifier and its limit rows.</summary>
public sealed class SurfaceWaterStandard
{
    public SurfaceWaterStandard(string id, IReadOnlyList<WaterItemLimit> items)
    {
        Id = id;
        Items = items;
    }

    /// <summary>Standard identifier, e.g. "GB 3838-2002".</summary>
    public string Id { get; }

    public IReadOnlyList<WaterItemLimit> Items { get; }

    /// <summary>The row for an item code on a body kind, or null when the standard has none (e.g. TN on a river).</summary>
    public WaterItemLimit? Find(string code, WaterBodyKind kind)
    {
        foreach (var item in Items)
        {
            if (string.Equals(item.Code, code, StringComparison.Ordinal) && item.AppliesTo(kind)) return item;
        }
        return null;
    }

    /// <summary>The rows that apply to a body kind, in table order.</summary>
    public IEnumerable<WaterItemLimit> ItemsFor(WaterBodyKind kind) => Items.Where(i => i.AppliesTo(kind));
}
