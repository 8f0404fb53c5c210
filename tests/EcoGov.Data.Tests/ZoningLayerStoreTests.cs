using System.Text;
using EcoGov.Application.Startup;
using EcoGov.Application.Zoning;
using EcoGov.Core.Zoning;
using EcoGov.Data.Zoning;
using EcoGov.Spatial.Zoning.Import;
using EcoGov.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using static EcoGov.Tests.Shared.ZoningLayerFixtures;

namespace EcoGov.Data.Tests;

public abstract class ZoningLayerStoreTests
{
    protected abstract TestStore NewStore();

    // 城区 (140502): the demo layers, when present in data/seed, are seeded for 140500 and do not interfere.
    private const string Chengqu = "140502";
    private static readonly DateOnly Y2021 = new(2021, 6, 30), Y2023 = new(2023, 12, 31);

    private static EcoGovDbContext Open(TestStore store)
    {
        var db = store.Open();
        EcoGovStartup.Initialize(db, store.Paths);
        return db;
    }

    private static List<FixtureUnit> Changed()
    {
        var after = Grid();
        after.RemoveAt(3);
        after.Add(new FixtureUnit("ZH14050230002", "新增单元", General, Chengqu, Rect(112.84, 35.50, 112.86, 35.51)));
        after[0] = after[0] with { Class = Key };
        after[1] = after[1] with { Geometry = Rect(112.82, 35.51, 112.845, 35.52) };
        return after;
    }

    [Fact]
    public async Task Import_creates_versions_is_idempotent_and_answers_as_of_a_date()
    {
        using var store = NewStore();
        using var db = Open(store);
        var layers = new ZoningLayerRepository(db);
        var v1File = UnitsShapefileZip(Grid(), 4526);
        var r1 = (await layers.ImportAsync("units", Chengqu, Y2021, "units-2021.zip", v1File));
        Assert.Equal(LayerImportStatus.Created, r1.Status);
        Assert.Equal((1, 4, 4526, false), (r1.Version!.Version, r1.Version.FeatureCount, r1.Version.SourceEpsg, r1.Version.Synthetic));

        var again = (await layers.ImportAsync("units", Chengqu, Y2021, "renamed.zip", v1File));
        Assert.Equal(LayerImportStatus.Unchanged, again.Status);
        Assert.Equal(r1.Version.Id, again.Version!.Id);
        Assert.Single((await layers.VersionsAsync("units", Chengqu)));

        var r2 = (await layers.ImportAsync("units", Chengqu, Y2023, "units-2023.geojson", UnitsGeoJson(Changed())));
        Assert.Equal(2, r2.Version!.Version);
        Assert.Equal([1, 2], (await layers.VersionsAsync("units", Chengqu)).Select(v => v.Version));

        Assert.Null((await layers.SnapshotAsOfAsync("units", Chengqu, new DateOnly(2020, 1, 1))));
        Assert.Equal(r1.Version.Id, (await layers.SnapshotAsOfAsync("units", Chengqu, new DateOnly(2022, 1, 1)))!.Version.Id);
        Assert.Equal(r1.Version.Id, (await layers.SnapshotAsOfAsync("units", Chengqu, Y2023.AddDays(-1)))!.Version.Id);
        var now = (await layers.SnapshotAsOfAsync("units", Chengqu, Y2023))!;
        Assert.Equal(r2.Version.Id, now.Version.Id);
        Assert.Contains(now.Features, f => f.Id == "ZH14050230002");

        // The stored shapefile version decodes the GBK names and keeps the geometry in EPSG:4490.
        var old = (await layers.SnapshotAsync(r1.Version.Id))!;
        var unit = old.Features.Single(f => f.Id == "ZH14050210001");
        Assert.Equal("城区西北优先保护单元", unit.Name);
        Assert.Equal(4490, unit.Geometry.SRID);
        Assert.Equal(112.80, unit.Geometry.EnvelopeInternal.MinX, 1e-7);
        var row = db.ZoningLayerFeatures.AsNoTracking().Single(f => f.VersionId == r1.Version.Id && f.FeatureId == "ZH14050210001");
        Assert.Equal((112.80, 35.51, 112.82, 35.52), (Math.Round(row.MinX, 7), Math.Round(row.MinY, 7), Math.Round(row.MaxX, 7), Math.Round(row.MaxY, 7)));
        Assert.Equal(Priority, row.Class);

        // Envelope filter: a small box in the south-west unit finds it (and the touching neighbours' envelopes do not reach it).
        var near = (await layers.FeaturesIntersectingAsync(r1.Version.Id, new NetTopologySuite.Geometries.Envelope(112.805, 112.806, 35.502, 35.503)));
        Assert.Equal(["ZH14050220001"], near.Select(f => f.Id));
        Assert.Empty((await layers.FeaturesIntersectingAsync(r1.Version.Id, new NetTopologySuite.Geometries.Envelope(113.5, 113.6, 36.0, 36.1))));

        var d = (await layers.DiffAsync(r1.Version.Id, r2.Version.Id));
        Assert.Equal(["ZH14050230002"], d.Added.Select(a => a.Id));
        Assert.Equal(["ZH14050230001"], d.Removed.Select(a => a.Id));
        Assert.Equal(["ZH14050210001"], d.Reclassified.Select(a => a.Id));
        Assert.Equal(["ZH14050210002"], d.GeometryChanged.Select(a => a.Id));
        Assert.InRange(d.GeometryChanged[0].AreaChangeM2, 490_000, 510_000);
    }

    [Fact]
    public async Task A_rejected_file_stores_nothing_and_warnings_are_kept_with_the_version()
    {
        using var store = NewStore();
        using var db = Open(store);
        var layers = new ZoningLayerRepository(db);
        var bad = Grid();
        bad[2] = bad[2] with { Geometry = SymmetricBowTie(112.80, 35.50, 0.01) };
        var r = (await layers.ImportAsync("units", Chengqu, Y2023, "bad.geojson", UnitsGeoJson(bad)));
        Assert.True(r.Rejected);
        Assert.Null(r.Version);
        Assert.Contains(r.Report.Problems, p => p is { Kind: "invalid-geometry", FeatureId: "ZH14050220001" });
        Assert.Empty((await layers.VersionsAsync("units", Chengqu)));
        var chengquVersions = db.ZoningLayerVersions.Where(v => v.JurisdictionCode == Chengqu).Select(v => v.Id).ToList();
        Assert.False(db.ZoningLayerFeatures.Any(f => chengquVersions.Contains(f.VersionId) && f.FeatureId == "ZH14050220001"));

        var warn = Grid();
        warn[0] = warn[0] with { Class = Key };
        var ok = (await layers.ImportAsync("units", Chengqu, Y2023, "warn.geojson", UnitsGeoJson(warn)));
        Assert.Equal(LayerImportStatus.Created, ok.Status);
        Assert.Contains(ok.Report.Problems, p => p.Kind == "code-class-mismatch");
        // 城区's real boundary is far larger than the fixture: the gap is reported, as a warning.
        Assert.Contains(ok.Report.Problems, p => p is { Kind: "gap", Severity: LayerProblemSeverity.Warning, AreaM2: > 1_000_000 });
        var stored = (await layers.WarningsAsync(ok.Version!.Id));
        Assert.Contains(stored, p => p is { Kind: "code-class-mismatch", FeatureId: "ZH14050210001", Field: UnitFields.Class });
    }

    [Fact]
    public async Task Unreadable_files_unknown_layers_and_jurisdictions_throw()
    {
        using var store = NewStore();
        using var db = Open(store);
        var layers = new ZoningLayerRepository(db);
        Assert.Contains("--crs", (await Assert.ThrowsAsync<LayerImportException>(() =>
            layers.ImportAsync("units", Chengqu, Y2023, "u.zip", UnitsShapefileZip(Grid(), 4526, withPrj: false)))).Message);
        await Assert.ThrowsAsync<LayerImportException>(() => layers.ImportAsync("roads", Chengqu, Y2023, "u.geojson", UnitsGeoJson(Grid())));
        await Assert.ThrowsAsync<LayerImportException>(() => layers.ImportAsync("units", "999999", Y2023, "u.geojson", UnitsGeoJson(Grid())));
        await Assert.ThrowsAsync<LayerImportException>(() => layers.ImportAsync("units", Chengqu, Y2023, "bomb.zip", ZipBomb()));
        Assert.Empty(db.ZoningLayerVersions.Where(v => v.JurisdictionCode == Chengqu)); // the demo layers (140500) are not ours
    }

    [Fact]
    public async Task Demo_layers_in_the_seed_folder_are_imported_once_and_labelled_synthetic()
    {
        using var store = NewStore();
        var paths = store.CopyOfSeed();
        var demo = Path.Combine(paths.SeedDirectory, "zoning", "demo");
        Directory.CreateDirectory(demo);
        File.WriteAllBytes(Path.Combine(demo, "units.geojson"),
            UnitsGeoJson(Grid(), metadataJson: """{"synthetic":true,"effectiveDate":"2023-10-01","title":"晋城市示意管控单元"}"""));
        var park = Rect(112.81, 35.505, 112.815, 35.51);
        File.WriteAllBytes(Path.Combine(demo, "parks.geojson"),
            GeoJson([(park, new Dictionary<string, string?> { ["code"] = "P1", ["name"] = "示意工业园区" })], metadataJson: """{"synthetic":true}"""));
        using var db = store.Open();
        var (seed, _) = EcoGovStartup.Initialize(db, paths);
        Assert.Contains("zoning/demo/units.geojson", seed.Imported);
        var layers = new ZoningLayerRepository(db);
        var units = Assert.Single((await layers.VersionsAsync("units", "140500")));
        Assert.True(units.Synthetic);
        Assert.Equal(new DateOnly(2023, 10, 1), units.EffectiveFrom);
        var parks = Assert.Single((await layers.VersionsAsync("parks", "140500")));
        Assert.Equal(ZoningLayerStore.DemoEffectiveFrom, parks.EffectiveFrom);

        var (second, _) = EcoGovStartup.Initialize(db, paths);
        Assert.DoesNotContain(second.Imported, f => f.StartsWith("zoning/", StringComparison.Ordinal));
        Assert.Single((await layers.VersionsAsync("units", "140500")));
    }

    [Fact]
    public void A_rejected_demo_layer_fails_the_seed_naming_the_file()
    {
        using var store = NewStore();
        var paths = store.CopyOfSeed();
        var demo = Path.Combine(paths.SeedDirectory, "zoning", "demo");
        Directory.CreateDirectory(demo);
        var bad = Grid();
        bad[0] = bad[0] with { County = "" };
        File.WriteAllBytes(Path.Combine(demo, "units.geojson"), UnitsGeoJson(bad));
        using var db = store.Open();
        var e = Assert.Throws<Seeding.SeedFileException>(() => EcoGovStartup.Initialize(db, paths));
        Assert.Contains("units.geojson", e.Message);
        Assert.Contains("county", e.Message);
        Assert.Empty(db.ZoningLayerVersions);
    }

    [Fact]
    public async Task A_utf8_text_read_as_gbk_is_never_silently_accepted_when_a_cpg_says_utf8()
    {
        using var store = NewStore();
        using var db = Open(store);
        var r = await new ZoningLayerRepository(db).ImportAsync("units", Chengqu, Y2023, "u.zip",
            UnitsShapefileZip(Grid(), 4547, dbfEncoding: new UTF8Encoding(false), cpg: "UTF-8"));
        Assert.Equal(4547, r.Version!.SourceEpsg);
        Assert.Equal("城区东南一般管控单元", (await new ZoningLayerRepository(db).SnapshotAsync(r.Version.Id))!.Features.Single(f => f.Id == "ZH14050230001").Name);
    }

    [Fact]
    public async Task The_store_keeps_prepared_rows_as_given_and_recognises_the_same_version()
    {
        // The store holds no geometry engine (issue 8): what goes in (WKB, envelope, attributes, problems) comes out as it was.
        using var store = NewStore();
        using var db = Open(store);
        var layers = new ZoningLayerStore(db);
        byte[] wkb = [1, 2, 3, 4, 5];
        var warning = new LayerProblem(LayerProblemSeverity.Warning, "sliver", "ZH1", 1, "geometry", "细小面 / sliver", 12.5);
        var rows = new LayerVersionRows("units", Chengqu, Y2023, "u.geojson", new string('a', 64), 4490, false, null, "{}", [warning],
        [
            new LayerFeatureRow("ZH1", "一号", "优先保护单元", wkb, new Dictionary<string, string?> { ["code"] = "ZH1", ["note"] = null }, 112.8, 35.5, 112.9, 35.6),
            new LayerFeatureRow("ZH2", null, null, [9], new Dictionary<string, string?>(), 113.0, 35.7, 113.1, 35.8),
        ]);
        var first = await layers.StoreAsync(rows);
        Assert.Equal((LayerImportStatus.Created, 1, 2), (first.Status, first.Version.Version, first.Version.FeatureCount));
        var again = await layers.StoreAsync(rows with { SourceName = "renamed.geojson" });
        Assert.Equal((LayerImportStatus.Unchanged, first.Version.Id), (again.Status, again.Version.Id));
        Assert.Equal([warning], again.Problems);
        Assert.Equal(2, (await layers.StoreAsync(rows with { Sha256 = new string('b', 64) })).Version.Version);

        var read = (await layers.ReadAsync(first.Version.Id))!;
        Assert.Equal(["ZH1", "ZH2"], read.Features.Select(f => f.FeatureId));
        Assert.Equal(wkb, read.Features[0].GeometryWkb);
        Assert.Equal(("一号", "优先保护单元", 112.8, 35.6), (read.Features[0].Name, read.Features[0].Class, read.Features[0].MinX, read.Features[0].MaxY));
        Assert.Equal(new Dictionary<string, string?> { ["code"] = "ZH1", ["note"] = null }, read.Features[0].Attributes);
        Assert.Equal(["ZH2"], (await layers.FeaturesIntersectingAsync(first.Version.Id, 113.05, 35.75, 114, 36)).Select(f => f.FeatureId));
        Assert.Null(await layers.ReadAsync(-1));
    }
}

public sealed class ZoningLayerStoreTestsSqlite : ZoningLayerStoreTests
{
    protected override TestStore NewStore() => new();
}

public sealed class ZoningLayerStoreTestsPostgreSql(PostgresServer server) : ZoningLayerStoreTests, IClassFixture<PostgresServer>
{
    protected override TestStore NewStore() => server.NewStore();
}
