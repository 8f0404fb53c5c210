using EcoGov.Core.Zoning;
using NetTopologySuite.Geometries;

namespace EcoGov.Spatial.Zoning;

/// <summary>
/// One feature of a zoning layer: its id within the layer (the unit code for control units), a display name,
/// its geometry in EPSG:4490 (lon/lat degrees; valid), and its attributes as text (unit features carry the
/// <see cref="UnitFields"/>).
/// </summary>
public sealed record LayerFeature(string Id, string? Name, Geometry Geometry, IReadOnlyDictionary<string, string?> Attributes)
{
    public string? Attribute(string name) => Attributes.TryGetValue(name, out var v) ? v : null;
}

/// <summary>A layer as it stood in one version: what assessments and exports read.</summary>
public sealed record LayerSnapshot(LayerVersionInfo Version, IReadOnlyList<LayerFeature> Features);
