using EcoGov.Core.Jurisdictions;

namespace EcoGov.Data.Seeding;

/// <summary>The shape of data/seed/jurisdictions.json.</summary>
public sealed record JurisdictionSeedFile(string Source, IReadOnlyList<JurisdictionSeed> Jurisdictions);

/// <summary>One jurisdiction of the tree, and where its boundary comes from (null: none held).</summary>
public sealed record JurisdictionSeed(
    string Code, string Name, string? ParentCode, JurisdictionLevel Level,
    IReadOnlyList<string> FormerNames, BoundarySource? Boundary);
