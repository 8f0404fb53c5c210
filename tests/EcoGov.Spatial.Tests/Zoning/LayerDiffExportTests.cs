using System.Text;
using System.Text.Json;
using EcoGov.Core.Zoning;
using EcoGov.Spatial.Crs;
using EcoGov.Spatial.Zoning;
using EcoGov.Spatial.Zoning.Import;
using EcoGov.Tests.Shared;
using static EcoGov.Tests.Shared.ZoningLayerFixtures;

namespace EcoGov.Spatial.Tests.Zoning;

public class LayerDiffExportTests
{
    private static LayerSnapshot Snapshot(IEnumerable<FixtureUnit> units, int version, bool synthetic = false)
    {
        var v = LayerValidator.Validate(LayerFileReader.Read("u.geojson", UnitsGeoJson(units)), ZoningLayerKinds.Units);
        Assert.False(v.Report.Rejected);
        var info = new LayerVersionInfo(version, "units", "140500", version, new DateOnly(2023, 12, 31), DateTimeOffset.UnixEpoch, "u.geojson", "00", 4326, v.Features.Count, synthetic, null);
        return new LayerSnapshot(info, v.Features);
    }

    [Fact]
    public void Diff_lists_added_removed_reclassified_and_geometry_changes_with_area()
    {
        var before = Grid();
        var after = Grid();
        after.RemoveAt(3);                                                                  // removed
        after.Add(new FixtureUnit("ZH14050230002", "新增单元", General, "140502", Rect(112.84, 35.50, 112.86, 35.51))); // added
        after[0] = after[0] with { Class = Key };                                         // reclassified
        after[1] = after[1] with { Geometry = Rect(112.82, 35.51, 112.845, 35.52) };      // grown east by 0.005°
        var d = LayerDiff.Compare(Snapshot(before, 1), Snapshot(after, 2));
        Assert.Equal("ZH14050230002", Assert.Single(d.Added).Id);
        Assert.Equal("ZH14050230001", Assert.Single(d.Removed).Id);
        var r = Assert.Single(d.Reclassified);
        Assert.Equal(("ZH14050210001", Priority, Key), (r.Id, r.FromClass, r.ToClass));
        var g = Assert.Single(d.GeometryChanged);
        Assert.Equal("ZH14050210002", g.Id);
        var frame = MetricFrame.For(before[1].Geometry);
        var grown = frame.Area(Rect(112.84, 35.51, 112.845, 35.52));
        Assert.Equal(grown, g.AreaChangeM2, grown * 5e-4); // straight edges in the projection vs curved parallels
        Assert.Equal(grown, g.ChangedAreaM2, grown * 5e-4);
        Assert.Equal(frame.Area(before[1].Geometry), g.AreaBeforeM2, 0.5);
        Assert.Equal(1, d.Unchanged);
        Assert.True(d.Added[0].AreaM2 > 1_000_000);
    }

    [Fact]
    public void Identical_versions_have_no_changes()
    {
        var d = LayerDiff.Compare(Snapshot(Grid(), 1), Snapshot(Grid(), 2));
        Assert.Empty(d.Added);
        Assert.Empty(d.Removed);
        Assert.Empty(d.Reclassified);
        Assert.Empty(d.GeometryChanged);
        Assert.Equal(4, d.Unchanged);
    }

    [Fact]
    public void Export_writes_epsg4490_geojson_with_metadata_that_reimports_identically()
    {
        var snapshot = Snapshot(Grid(), 3, synthetic: true);
        var text = LayerGeoJson.ToText(snapshot);
        using var doc = JsonDocument.Parse(text);
        var meta = doc.RootElement.GetProperty("metadata");
        Assert.True(meta.GetProperty("synthetic").GetBoolean());
        Assert.Equal(3, meta.GetProperty("version").GetInt32());
        Assert.Equal("EPSG:4490", meta.GetProperty("crs").GetString());
        Assert.Equal(4, doc.RootElement.GetProperty("features").GetArrayLength());
        var raw = LayerFileReader.Read("export.geojson", Encoding.UTF8.GetBytes(text));
        Assert.Equal(CoordinateSystems.Cgcs2000, raw.SourceEpsg);
        var again = LayerValidator.Validate(raw, ZoningLayerKinds.Units);
        Assert.Empty(again.Report.Problems);
        foreach (var f in snapshot.Features)
        {
            var g = again.Features.Single(x => x.Id == f.Id);
            Assert.True(f.Geometry.EqualsExact(g.Geometry), f.Id);
            Assert.Equal(f.Name, g.Name);
            Assert.Equal(f.Attribute(UnitFields.Class), g.Attribute(UnitFields.Class));
        }
    }
}

public class NonUnitLayerTests
{
    [Fact]
    public void River_segments_sharing_a_code_get_unique_ids_with_a_warning()
    {
        var a = ZoningLayerFixtures.Factory.CreateLineString([new(112.8, 35.5), new(112.9, 35.6)]);
        var b = ZoningLayerFixtures.Factory.CreateLineString([new(112.9, 35.6), new(113.0, 35.7)]);
        var raw = LayerFileReader.Read("rivers.geojson", ZoningLayerFixtures.GeoJson([
            (a, new Dictionary<string, string?> { ["code"] = "QINHE", ["name"] = "沁河" }),
            (b, new Dictionary<string, string?> { ["code"] = "QINHE", ["name"] = "沁河" })]));
        var v = LayerValidator.Validate(raw, ZoningLayerKinds.Rivers);
        Assert.False(v.Report.Rejected);
        Assert.Equal(["QINHE", "QINHE#2"], v.Features.Select(f => f.Id));
        Assert.Contains(v.Report.Problems, p => p is { Kind: "duplicate-id", Severity: LayerProblemSeverity.Warning });
    }

    [Fact]
    public void A_unit_of_another_county_is_warned_about()
    {
        var units = ZoningLayerFixtures.Grid();
        units[0] = units[0] with { County = "140521", Code = "ZH14052110001" };
        var raw = LayerFileReader.Read("u.geojson", ZoningLayerFixtures.UnitsGeoJson(units));
        var v = LayerValidator.Validate(raw, ZoningLayerKinds.Units, counties: new HashSet<string> { "140502" });
        Assert.False(v.Report.Rejected);
        Assert.Contains(v.Report.Problems, p => p is { Kind: "county-outside-jurisdiction", FeatureId: "ZH14052110001" });
    }
}
