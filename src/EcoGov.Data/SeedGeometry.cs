using System.Reflection;
using EcoGov.Core.Jurisdictions;
using EcoGov.Data.Zoning;

namespace EcoGov.Data;

/// <summary>
/// The start-up's geometry work, which Data (persistence only: it holds no geometry engine, issue 8) hands to the layer
/// above: decoding the seed's jurisdiction boundaries and reading, validating and reprojecting the demo zoning layers.
/// Implemented in the application layer (<c>EcoGov.Application.Startup.SpatialSeedGeometry</c>) and passed to
/// <see cref="EcoGovDatabase.Initialize"/> by the hosts' composition. Called synchronously, under the initialisation lock.
/// </summary>
public interface ISeedGeometry
{
    /// <summary>
    /// A jurisdiction's boundary from data/seed/boundaries as WKB (WGS 84 degrees, valid). Throws
    /// <see cref="InvalidDataException"/>, <see cref="FormatException"/> or <see cref="IOException"/> for a bad boundary file.
    /// </summary>
    byte[] BoundaryWkb(string boundaryDirectory, BoundarySource source);

    /// <summary>
    /// A demo layer file (data/seed/zoning/demo) read, mapped, validated and reprojected, ready to store. Throws
    /// <see cref="Seeding.SeedFileException"/> when the file cannot be read or validation rejects it.
    /// </summary>
    LayerVersionRows DemoLayer(DemoLayerSource file, LayerJurisdiction jurisdiction);

    /// <summary>
    /// The assemblies whose code does this work: their builds enter the start-up fingerprint (<c>PRAGMA user_version</c>),
    /// so a changed validation or decoding rule runs the whole initialisation once, as a changed Data build does.
    /// </summary>
    IReadOnlyList<Assembly> Code { get; }
}

/// <summary>A demo layer file as found: its layer (the file stem), its effective date (its metadata's, else the default), name and bytes.</summary>
public sealed record DemoLayerSource(string Layer, DateOnly EffectiveFrom, string FileName, byte[] Content);
