using EcoGov.Core;
using EcoGov.Core.Zoning;
using EcoGov.Spatial.Zoning.Import;

namespace EcoGov.Spatial.Zoning;

/// <summary>
/// Unit-level access requirements carried by a unit layer itself (issue 11 item 2): the provincial platforms publish each
/// unit's requirements as text columns — 空间布局约束 (KJBJYS), 污染物排放管控 (PWWPFGK), 环境风险防控 (HJFXFK),
/// 资源开发效率要求 (ZYKFXLYQ) — which an import stores under the roles of <see cref="ColumnRoles"/>. Read from the
/// version in force, they are versioned with it: a new layer version brings its own requirements, an older date
/// assesses against the older ones. The categories are the access list's (zoning reference §1).
/// </summary>
public static class LayerUnitRequirements
{
    /// <summary>The requirement roles and the access-list category each feeds, in the list's order.</summary>
    public static IReadOnlyList<(string Role, AccessListCategory Category)> Categories { get; } =
    [
        (ColumnRoles.SpatialLayout, AccessListCategory.SpatialLayout),
        (ColumnRoles.PollutantDischarge, AccessListCategory.PollutantDischarge),
        (ColumnRoles.RiskPrevention, AccessListCategory.RiskPrevention),
        (ColumnRoles.ResourceEfficiency, AccessListCategory.ResourceEfficiency),
    ];

    /// <summary>The plan id the requirements of a layer version are filed under: "layer:" + the version's store id.</summary>
    public static string PlanIdOf(LayerVersionInfo version) => "layer:" + version.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>One unit-level requirement per unit and category whose text is not empty; none for other layers.</summary>
    public static IReadOnlyList<AccessRequirement> From(LayerSnapshot units)
    {
        var v = units.Version;
        if (v.Layer != ZoningLayerKinds.Units.Code) return [];
        var basis = $"{ZoningLayerKinds.Units.Name}图层第 {v.Version} 版（{v.SourceName}，{v.EffectiveFrom:yyyy-MM-dd} 起生效）的单元属性";
        var result = new List<AccessRequirement>();
        foreach (var f in units.Features)
            foreach (var (role, category) in Categories)
                if (f.Attribute(role) is { } text && !string.IsNullOrWhiteSpace(text))
                    result.Add(new AccessRequirement(PlanIdOf(v), v.JurisdictionCode, AccessListLevel.Unit, category, null, 1, text.Trim(),
                        basis, f.Id, new Provenance(v.SourceName, f.Name ?? f.Id, 0, $"{f.Id}.{role}")));
        return result;
    }
}
