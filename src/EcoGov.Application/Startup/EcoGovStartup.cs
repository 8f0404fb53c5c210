using System.Reflection;
using EcoGov.Application.Zoning;
using EcoGov.Core.Jurisdictions;
using EcoGov.Core.Zoning;
using EcoGov.Data;
using EcoGov.Data.Seeding;
using EcoGov.Data.Zoning;
using EcoGov.Spatial.Boundaries;
using Microsoft.Extensions.Logging;

namespace EcoGov.Application.Startup;

/// <summary>
/// The start-up's geometry work for the store's initialisation (<see cref="EcoGovDatabase.Initialize"/>; Data holds no
/// geometry engine, issue 8): the jurisdiction boundaries decoded from data/seed/boundaries, the demo zoning layers read,
/// validated and reprojected as a layer import does. Synchronous and pure: the store calls it under the initialisation
/// lock and stores what it returns.
/// </summary>
public sealed class SpatialSeedGeometry : ISeedGeometry
{
    public static readonly SpatialSeedGeometry Instance = new();

    public byte[] BoundaryWkb(string boundaryDirectory, BoundarySource source) => BoundarySources.Read(boundaryDirectory, source).ToWkb();

    public LayerVersionRows DemoLayer(DemoLayerSource file, LayerJurisdiction jurisdiction)
    {
        PreparedLayer prepared;
        // the demo files are written in CGCS2000 lon/lat and say so in metadata.crs (RFC 7946 files would otherwise count as WGS 84)
        try
        {
            prepared = LayerPreparation.Prepare(file.Layer, jurisdiction.Code, jurisdiction, file.EffectiveFrom, file.FileName, file.Content,
                LayerPreparation.MetadataCrs(file.Content), synthetic: false, fields: null, dryRun: false);
        }
        catch (LayerImportException e) { throw new SeedFileException(file.FileName, "file", e.Text); }
        if (prepared.Result is { Rejected: true } r)
        {
            var first = r.Report.Problems.First(p => p.Severity == LayerProblemSeverity.Error);
            throw new SeedFileException(file.FileName, first.FeatureId ?? "file", first.ToString());
        }
        return prepared.Rows;
    }

    public IReadOnlyList<Assembly> Code { get; } = [typeof(SpatialSeedGeometry).Assembly, typeof(BoundarySources).Assembly];
}

/// <summary>The hosts' start-up: the store's initialisation with the application layer's geometry work.</summary>
public static class EcoGovStartup
{
    /// <summary>
    /// <see cref="EcoGovDatabase.Initialize"/> with <see cref="SpatialSeedGeometry"/>: migrations, data/seed (boundaries
    /// decoded here), the demo zoning layers and the first administrator. Synchronous: it runs under the initialisation lock.
    /// </summary>
    public static (SeedImportReport Seed, InitialAdmin? Admin) Initialize(
        EcoGovDbContext db, EcoGovPaths paths, ILoggerFactory? logs = null, string? initialAdminPassword = null) =>
        EcoGovDatabase.Initialize(db, paths, SpatialSeedGeometry.Instance, logs, initialAdminPassword);
}
