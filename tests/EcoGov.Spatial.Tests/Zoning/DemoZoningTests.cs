using System.Text.Json;
using System.Text.RegularExpressions;
using EcoGov.Core.Plans;
using EcoGov.Core.Zoning;
using EcoGov.Spatial.Zoning.Demo;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.OverlayNG;
using Xunit.Abstractions;

namespace EcoGov.Spatial.Tests.Zoning;

public partial class DemoZoningTests(ITestOutputHelper log)
{
    private static string SeedDirectory => Path.Combine(RepoPaths.Root, "data", "seed");

    private static readonly Lazy<DemoZoningInputs> Inputs = new(() => DemoZoningInputs.Read(SeedDirectory));
    private static readonly Lazy<DemoZoningResult> Result = new(() => DemoZoning.Generate(Inputs.Value));

    private static IReadOnlyList<DemoUnit> Units => Result.Value.Units;

    /// <summary>000's statistics table read straight from the seed JSON (not through the generator's inputs).</summary>
    private static IReadOnlyList<UnitStatistics> SeedStatistics() =>
        SeedJson.Deserialize(File.ReadAllText(Path.Combine(SeedDirectory, "000-jincheng-zoning-2023.json"))).UnitStatistics
            .Where(s => s.JurisdictionCode != "140500").ToList();

    [Fact]
    public void Every_county_has_as_many_units_of_each_class_as_the_seed_statistics_table()
    {
        var stats = SeedStatistics();
        Assert.Equal(["140502", "140521", "140522", "140524", "140525", "140581"], stats.Select(s => s.JurisdictionCode).Order());
        foreach (var s in stats)
        {
            var units = Units.Where(u => u.CountyCode == s.JurisdictionCode).ToList();
            log.WriteLine($"{s.JurisdictionName}: {units.Count(u => u.Class == ControlUnitClass.Priority)}/{units.Count(u => u.Class == ControlUnitClass.Key)}/{units.Count(u => u.Class == ControlUnitClass.General)}");
            Assert.Equal(s.Priority, units.Count(u => u.Class == ControlUnitClass.Priority));
            Assert.Equal(s.Key, units.Count(u => u.Class == ControlUnitClass.Key));
            Assert.Equal(s.General, units.Count(u => u.Class == ControlUnitClass.General));
            Assert.All(units, u => Assert.Equal(s.JurisdictionName, u.CountyName));
        }
        Assert.Equal(90, Units.Count);
        Assert.Equal(48, Units.Count(u => u.Class == ControlUnitClass.Priority));
        Assert.Equal(36, Units.Count(u => u.Class == ControlUnitClass.Key));
        Assert.Equal(6, Units.Count(u => u.Class == ControlUnitClass.General));
    }

    [Fact]
    public void City_wide_class_area_shares_are_within_two_points_of_the_stated_shares()
    {
        var total = Units.Sum(u => EqualArea.SquareMetres(u.Geometry));
        var stated = new Dictionary<ControlUnitClass, double> { [ControlUnitClass.Priority] = 40.46, [ControlUnitClass.Key] = 22.66, [ControlUnitClass.General] = 36.88 };
        foreach (var (c, percent) in stated)
        {
            var share = 100 * Units.Where(u => u.Class == c).Sum(u => EqualArea.SquareMetres(u.Geometry)) / total;
            log.WriteLine($"{c}: {share:F2} % (stated {percent} %)");
            Assert.InRange(share, percent - 2, percent + 2);
            Assert.Equal(percent, Inputs.Value.AreaPercent[c]);
        }
        // The units cover the city: their total is the city's area.
        var city = EqualArea.SquareMetres(DemoUnitPartition.OnGrid(Inputs.Value.CityBoundary));
        Assert.InRange(total / city, 0.9999, 1.0001);
    }

    [Fact]
    public void The_units_of_a_county_do_not_overlap_and_leave_no_gap()
    {
        foreach (var county in Inputs.Value.Counties)
        {
            var units = Units.Where(u => u.CountyCode == county.Code).ToList();
            var boundary = DemoUnitPartition.OnGrid(county.Boundary);
            var countyArea = EqualArea.SquareMetres(boundary);
            double overlap = 0;
            for (int i = 0; i < units.Count; i++)
                for (int j = i + 1; j < units.Count; j++)
                    if (units[i].Geometry.EnvelopeInternal.Intersects(units[j].Geometry.EnvelopeInternal))
                        overlap += EqualArea.SquareMetres(units[i].Geometry.Intersection(units[j].Geometry));
            var union = UnaryUnionNG.Union(DemoUnitPartition.Factory.BuildGeometry(units.Select(u => u.Geometry).ToList()), DemoUnitPartition.Precision);
            var unionArea = EqualArea.SquareMetres(union);
            var symmetricDifference = EqualArea.SquareMetres(union.SymmetricDifference(boundary));
            log.WriteLine($"{county.Name}: county {countyArea / 1e6:F3} km², union {unionArea / 1e6:F3} km², overlap {overlap:F3} m², sym. diff {symmetricDifference:F3} m²");
            Assert.True(overlap < 1, $"{county.Name}: overlap {overlap} m²");
            // Snap-rounding to the 1e-6° grid (about 0.1 m) may move a boundary by a grid step: allow 1e-5 of the area.
            Assert.True(Math.Abs(unionArea - countyArea) < 1e-6 * countyArea, $"{county.Name}: union {unionArea} m² vs county {countyArea} m²");
            Assert.True(symmetricDifference < 1e-5 * countyArea, $"{county.Name}: symmetric difference {symmetricDifference} m²");
        }
    }

    [Fact]
    public void Units_are_valid_polygons_in_cgcs2000_on_the_micro_degree_grid()
    {
        Assert.All(Units, u =>
        {
            Assert.True(u.Geometry is Polygon or MultiPolygon, u.Code + " is " + u.Geometry.GeometryType);
            Assert.True(u.Geometry.IsValid, u.Code + " is not valid");
            Assert.Equal(4490, u.Geometry.SRID);
            Assert.All(u.Geometry.Coordinates, c =>
            {
                Assert.Equal(Math.Round(c.X, 6), c.X);
                Assert.Equal(Math.Round(c.Y, 6), c.Y);
            });
            // Plausible regions, not slivers.
            var km2 = EqualArea.SquareKilometres(u.Geometry);
            Assert.True(km2 > 2, $"{u.Code}: {km2} km²");
        });
    }

    [GeneratedRegex(@"^ZH(\d{6})([123])(\d{4})$")]
    private static partial Regex UnitCode();

    [Fact]
    public void Codes_and_names_match_the_class_and_the_county()
    {
        Assert.Equal(Units.Count, Units.Select(u => u.Code).Distinct().Count());
        Assert.All(Units, u =>
        {
            var m = UnitCode().Match(u.Code);
            Assert.True(m.Success, u.Code);
            Assert.Equal(u.CountyCode, m.Groups[1].Value);
            Assert.Equal(DemoUnitPartition.ClassDigit(u.Class).ToString(), m.Groups[2].Value);
            Assert.StartsWith(u.CountyName + u.ClassName, u.Name);
            Assert.EndsWith("（示意）", u.Name);
        });
        Assert.Contains(Units, u => u.Code == "ZH14052110001" && u.Name == "沁水县优先保护单元01（示意）");
        // Sequences run 0001..n within county and class.
        foreach (var g in Units.GroupBy(u => (u.CountyCode, u.Class)))
            Assert.Equal(Enumerable.Range(1, g.Count()).Select(i => $"{i:0000}"), g.Select(u => u.Code[^4..]).Order());
    }

    [Fact]
    public void The_output_is_the_same_on_every_run_and_depends_on_the_seed()
    {
        var first = DemoZoning.Files(Result.Value);
        var again = DemoZoning.Files(DemoZoning.Generate(Inputs.Value));
        Assert.Equal(first, again);
        var otherSeed = DemoZoning.Files(DemoZoning.Generate(Inputs.Value, seed: 7), seed: 7);
        Assert.NotEqual(first.Single(f => f.FileName == DemoZoning.UnitsFile).Content, otherSeed.Single(f => f.FileName == DemoZoning.UnitsFile).Content);
    }

    [Fact]
    public void The_committed_files_are_exactly_what_the_generator_produces()
    {
        var dir = Path.Combine(SeedDirectory, DemoZoning.RelativeDirectory);
        foreach (var (name, content) in DemoZoning.Files(Result.Value))
        {
            var file = Path.Combine(dir, name);
            Assert.True(File.Exists(file), $"missing {file}: run ./ecogov zoning-demo build");
            Assert.True(File.ReadAllText(file) == content, $"{file} differs from the generator's output: run ./ecogov zoning-demo build");
        }
        Assert.True(File.Exists(Path.Combine(dir, "README.md")));
    }

    [Fact]
    public void Every_file_says_it_is_synthetic_and_gives_its_crs()
    {
        foreach (var (name, content) in DemoZoning.Files(Result.Value))
        {
            using var doc = JsonDocument.Parse(content);
            var meta = doc.RootElement.GetProperty("metadata");
            Assert.True(meta.GetProperty("synthetic").GetBoolean(), name);
            Assert.Equal("EPSG:4490", meta.GetProperty("crs").GetString());
            Assert.Equal(DemoZoning.DefaultSeed, meta.GetProperty("seed").GetInt32());
            Assert.Contains("示意", meta.GetProperty("description").GetString());
            if (!name.EndsWith(".geojson", StringComparison.Ordinal)) continue;
            Assert.Equal("FeatureCollection", doc.RootElement.GetProperty("type").GetString());
            var features = doc.RootElement.GetProperty("features").EnumerateArray().ToList();
            Assert.NotEmpty(features);
            Assert.All(features, f => Assert.True(f.GetProperty("properties").GetProperty("synthetic").GetBoolean()));
        }
    }

    [Fact]
    public void Unit_requirements_name_existing_units_one_per_class_at_least()
    {
        var requirements = Result.Value.Requirements;
        Assert.All(requirements, r =>
        {
            var unit = Units.Single(u => u.Code == r.UnitCode);
            Assert.Equal(unit.Name, r.UnitName);
            Assert.Equal(unit.ClassName, r.UnitClass);
            Assert.True(r.Synthetic);
            Assert.Contains("示意", r.Text);
        });
        Assert.Equal(3, requirements.Select(r => Units.Single(u => u.Code == r.UnitCode).Class).Distinct().Count());
    }

    private static Geometry Layer(string file, string name) =>
        Result.Value.Layers.Single(l => l.FileName == file).Features
            .Single(f => f.Properties.Any(p => p.Key == "name" && (string?)p.Value == name)).Geometry;

    private static Geometry County(string code) => DemoUnitPartition.OnGrid(Inputs.Value.Counties.Single(c => c.Code == code).Boundary);

    [Theory]
    [InlineData("沁河", "干流", new[] { "140521", "140522" }, new[] { "140502", "140524", "140581" })]
    [InlineData("丹河", "干流", new[] { "140581", "140525" }, new[] { "140502", "140521", "140522", "140524" })]
    [InlineData("长河", "支流", new[] { "140525" }, new[] { "140521", "140524", "140581" })]
    public void Rivers_cross_the_counties_they_should(string name, string rank, string[] crosses, string[] avoids)
    {
        var feature = Result.Value.Layers.Single(l => l.FileName == "rivers.geojson").Features
            .Single(f => f.Properties.Any(p => p.Key == "name" && (string?)p.Value == name));
        Assert.Equal(rank, feature.Properties.Single(p => p.Key == "rank").Value);
        Assert.True(feature.Geometry is LineString or MultiLineString);
        foreach (var c in crosses) Assert.True(feature.Geometry.Intersection(County(c)).Length > 0.05, $"{name} should cross {c}");
        foreach (var c in avoids) Assert.False(feature.Geometry.Intersection(County(c)).Length > 0, $"{name} should not cross {c}");
        var city = DemoUnitPartition.OnGrid(Inputs.Value.CityBoundary);
        Assert.True(city.Buffer(1e-6).Covers(feature.Geometry), $"{name} is clipped to the city");
    }

    [Theory]
    [InlineData("沁河", "干流", 150)]
    [InlineData("丹河", "支流", 100)]
    [InlineData("长河", "支流", 60)]
    public void River_management_ranges_are_valid_polygons_around_their_rivers(string name, string rank, double halfWidth)
    {
        var feature = Result.Value.Layers.Single(l => l.FileName == "river-management.geojson").Features
            .Single(f => f.Properties.Any(p => p.Key == "name" && (string?)p.Value == name));
        Assert.Equal(rank, feature.Properties.Single(p => p.Key == "rank").Value);
        Assert.Equal(true, feature.Properties.Single(p => p.Key == "synthetic").Value);
        var range = feature.Geometry;
        Assert.True(range is Polygon or MultiPolygon, range.GeometryType);
        Assert.True(range.IsValid, $"{name}: invalid management range");
        Assert.Equal(DemoUnitPartition.Srid, range.SRID);
        var city = DemoUnitPartition.OnGrid(Inputs.Value.CityBoundary);
        Assert.True(city.Buffer(1e-6).Covers(range), $"{name} range is clipped to the city");

        // The (clipped) river lies inside its management range; the range is the half-width either side, measured in metres.
        var frame = EcoGov.Spatial.Crs.MetricFrame.For(city);
        var river = frame.Project(Layer("rivers.geojson", name));
        var metric = frame.Project(range);
        Assert.True(river.Difference(metric).Length < 1, $"{name}: {river.Difference(metric).Length:F2} m of the river outside its range");
        var expectedArea = 2 * halfWidth * river.Length;
        log.WriteLine($"{name}: river {river.Length / 1000:F1} km, range {metric.Area / 1e6:F2} km², 2×{halfWidth} m × length = {expectedArea / 1e6:F2} km²");
        Assert.InRange(metric.Area, 0.9 * expectedArea, 1.1 * expectedArea);
        // no vertex of the range is farther than the half-width (+1 m for rounding) from the centre line — except near the
        // city boundary, where the range can come from a stretch of the river just outside the city
        var cityBoundary = frame.Project(city).Boundary;
        var stray = metric.Coordinates.Where(c => river.Distance(new Point(c)) > halfWidth + 1 && cityBoundary.Distance(new Point(c)) > halfWidth + 1).ToList();
        Assert.True(stray.Count == 0, $"{name}: {stray.Count} vertices farther than {halfWidth} m from the river");
        Assert.InRange(metric.Coordinates.Select(c => river.Distance(new Point(c))).Where(d => d <= halfWidth + 1).Max(), halfWidth - 1, halfWidth + 1);
    }

    [Fact]
    public void The_urban_core_surrounds_the_centre_of_chengqu_and_points_lie_in_their_counties()
    {
        var core = Layer("urban-core.geojson", "晋城市市区（示意）");
        Assert.True(core.Contains(DemoUnitPartition.Factory.CreatePoint(new Coordinate(112.85, 35.50))));
        var km2 = EqualArea.SquareKilometres(core);
        Assert.InRange(km2, 20, 150);
        foreach (var file in new[] { "water-sources.geojson", "sensitive.geojson", "livestock.geojson" })
            Assert.All(Result.Value.Layers.Single(l => l.FileName == file).Features, f =>
            {
                var code = (string)f.Properties.Single(p => p.Key == "countyCode").Value!;
                Assert.True(County(code).Covers(f.Geometry), $"{file}: {f.Properties[0].Value} not in {code}");
            });
        var park = Result.Value.Layers.Single(l => l.FileName == "parks.geojson").Features.Single().Geometry;
        Assert.True(County("140581").Covers(park));
        // The demo pig farm is within 1000 m of 丹河, so the 沁河/丹河 1000 m livestock rule has a case to find.
        // (Local scale: 1° of latitude ≈ 110.9 km, 1° of longitude ≈ 111.3 km × cos φ; good to well under 1 % here.)
        var farm = Layer("livestock.geojson", "泽州县示意养猪场").Coordinate;
        var dan = Layer("rivers.geojson", "丹河");
        var nearest = NetTopologySuite.Operation.Distance.DistanceOp.NearestPoints(dan, DemoUnitPartition.Factory.CreatePoint(farm))[0];
        var metres = Math.Sqrt(Math.Pow((farm.X - nearest.X) * 111_320 * Math.Cos(farm.Y * Math.PI / 180), 2) + Math.Pow((farm.Y - nearest.Y) * 110_900, 2));
        log.WriteLine($"pig farm to 丹河: {metres:F0} m");
        Assert.InRange(metres, 1, 1000);
    }

    [Fact]
    public void Transport_lines_are_a_road_and_a_railway_through_chengqu_clipped_to_the_city()
    {
        var city = DemoUnitPartition.OnGrid(Inputs.Value.CityBoundary);
        var features = Result.Value.Layers.Single(l => l.FileName == "transport.geojson").Features;
        Assert.Equal(["公路", "铁路"], features.Select(f => (string)f.Properties.Single(p => p.Key == "kind").Value!).Order(StringComparer.Ordinal));
        Assert.All(features, f =>
        {
            var name = (string)f.Properties.Single(p => p.Key == "name").Value!;
            Assert.Contains("示意", name);
            Assert.Equal(true, f.Properties.Single(p => p.Key == "synthetic").Value);
            Assert.True(f.Geometry is LineString or MultiLineString, f.Geometry.GeometryType);
            Assert.True(f.Geometry.IsValid, name);
            Assert.Equal(DemoUnitPartition.Srid, f.Geometry.SRID);
            Assert.True(city.Buffer(1e-6).Covers(f.Geometry), $"{name} is clipped to the city");
            Assert.True(f.Geometry.Intersection(County("140502")).Length > 0.05, $"{name} should cross 城区");
            var km = EcoGov.Spatial.Crs.MetricFrame.For(city).Project(f.Geometry).Length / 1000;
            log.WriteLine($"{name}: {km:F1} km");
            Assert.InRange(km, 30, 200);
        });
    }

    [Fact]
    public void Farmland_polygons_are_valid_in_their_counties_and_do_not_overlap_the_urban_core()
    {
        var core = Layer("urban-core.geojson", "晋城市市区（示意）");
        var features = Result.Value.Layers.Single(l => l.FileName == "farmland.geojson").Features;
        Assert.Equal(["140525", "140581"], features.Select(f => (string)f.Properties.Single(p => p.Key == "countyCode").Value!).Distinct().Order(StringComparer.Ordinal));
        Assert.All(features, f =>
        {
            var name = (string)f.Properties.Single(p => p.Key == "name").Value!;
            Assert.Contains("示意", name);
            Assert.Equal(true, f.Properties.Single(p => p.Key == "synthetic").Value);
            Assert.True(f.Geometry is Polygon or MultiPolygon, f.Geometry.GeometryType);
            Assert.True(f.Geometry.IsValid, name);
            Assert.Equal(DemoUnitPartition.Srid, f.Geometry.SRID);
            var code = (string)f.Properties.Single(p => p.Key == "countyCode").Value!;
            Assert.True(County(code).Covers(f.Geometry), $"{name} not in {code}");
            Assert.False(f.Geometry.Intersects(core), $"{name} overlaps the urban core");
            var km2 = EqualArea.SquareKilometres(f.Geometry);
            Assert.InRange(km2, 1, 30);
            Assert.Equal(Math.Round(km2, 2), f.Properties.Single(p => p.Key == "areaKm2").Value);
        });
        // small and apart: no two polygons overlap
        for (int i = 0; i < features.Count; i++)
            for (int j = i + 1; j < features.Count; j++)
                Assert.False(features[i].Geometry.Intersects(features[j].Geometry));
    }
}
