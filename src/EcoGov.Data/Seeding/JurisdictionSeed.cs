using EcoGov.Core.Jurisdictions;

namespace EcoGov.Data.Seeding;

/// <summary>The shape of data/seed/jurisdictions.json.</summary>
public sealed record JurisdictionSeedFile(string Source, IReadOnlyList<JurisdictionSeed> Jurisdictions);

/// <summary>One jurisdiction of the tree, and where its boundary comes from.</summary>
/// <param name="Boundary">The boundary's source file and feature name in data/seed/boundaries; "*" = the union of all features of the file.</param>
public sealed record JurisdictionSeed(
    string Code, string Name, string? ParentCode, JurisdictionLevel Level,
    IReadOnlyList<string> FormerNames, BoundaryRef? Boundary);

public sealed record BoundaryRef(string File, string Feature);

/// <summary>
/// Reads a boundary feature from data/seed/boundaries and returns it as WKB (EPSG:4326).
/// Implemented by EcoGov.Spatial's decoder; kept as an interface so the importer needs no geometry code.
/// </summary>
public interface IBoundaryReader
{
    byte[] ReadWkb(string boundariesDirectory, BoundaryRef boundary);
}
