using System.Text.Json;
using EcoGov.Core.Jurisdictions;
using EcoGov.Core.Plans;
using EcoGov.Core.Zoning;
using EcoGov.Spatial.Boundaries;
using NetTopologySuite.Geometries;

namespace EcoGov.Spatial.Zoning.Demo;

/// <summary>One county of the demo city: its code and name, its boundary and its published unit counts.</summary>
public sealed record DemoCounty(string Code, string Name, Geometry Boundary, UnitStatistics Statistics);

/// <summary>
/// What the synthetic demo layers are built from, read from data/seed: the city's counties (codes, names and
/// boundaries from jurisdictions.json and data/seed/boundaries) and 000's 管控单元统计表 (unitStatistics).
/// </summary>
/// <param name="AreaPercent">The city-wide area share (%) of each class stated in 000 (statedTotals units.*.areaPercent).</param>
public sealed record DemoZoningInputs(
    string CityCode,
    string CityName,
    Geometry CityBoundary,
    IReadOnlyList<DemoCounty> Counties,
    IReadOnlyDictionary<ControlUnitClass, double> AreaPercent)
{
    /// <summary>晋城市.</summary>
    public const string JinchengCode = "140500";

    /// <summary>The seed file with 000's statistics table (晋城市生态环境分区管控动态更新成果 2023).</summary>
    public const string ZoningSeedFile = "000-jincheng-zoning-2023.json";

    /// <summary>Reads the inputs from a data/seed folder (jurisdictions.json, boundaries/, 000-*.json).</summary>
    public static DemoZoningInputs Read(string seedDirectory, string cityCode = JinchengCode)
    {
        var boundaries = Path.Combine(seedDirectory, "boundaries");
        using var jurisdictions = JsonDocument.Parse(File.ReadAllText(Path.Combine(seedDirectory, "jurisdictions.json")));
        var zoning = SeedJson.Deserialize(File.ReadAllText(Path.Combine(seedDirectory, ZoningSeedFile)));

        string? cityName = null;
        Geometry? cityBoundary = null;
        var counties = new List<DemoCounty>();
        foreach (var j in jurisdictions.RootElement.GetProperty("jurisdictions").EnumerateArray())
        {
            var code = j.GetProperty("code").GetString()!;
            var name = j.GetProperty("name").GetString()!;
            var parent = j.GetProperty("parentCode").ValueKind == JsonValueKind.Null ? null : j.GetProperty("parentCode").GetString();
            if (code != cityCode && parent != cityCode) continue;
            var b = j.GetProperty("boundary");
            if (b.ValueKind == JsonValueKind.Null)
                throw new InvalidDataException(SpatialText.DemoNoBoundary(code, name).Bilingual);
            var source = new BoundarySource(b.GetProperty("file").GetString()!, b.GetProperty("feature").GetString()!,
                b.GetProperty("packageId").ValueKind == JsonValueKind.Null ? null : b.GetProperty("packageId").GetString());
            var geometry = BoundarySources.Read(boundaries, source).Geometry;
            if (code == cityCode)
            {
                cityName = name;
                cityBoundary = geometry;
                continue;
            }
            var stats = zoning.UnitStatistics.SingleOrDefault(s => s.JurisdictionCode == code)
                ?? throw new InvalidDataException(SpatialText.DemoNoUnitStatistics(ZoningSeedFile, code, name).Bilingual);
            if (!stats.IsConsistent) throw new InvalidDataException(SpatialText.DemoInconsistentStatistics(ZoningSeedFile, code).Bilingual);
            counties.Add(new DemoCounty(code, name, geometry, stats));
        }
        if (cityName is null || cityBoundary is null) throw new InvalidDataException(SpatialText.DemoCityNotFound(cityCode).Bilingual);
        if (counties.Count == 0) throw new InvalidDataException(SpatialText.DemoNoCounties(cityCode).Bilingual);
        var shares = new Dictionary<ControlUnitClass, double>();
        foreach (var c in Enum.GetValues<ControlUnitClass>())
        {
            var subject = $"units.{JsonNamingPolicy.CamelCase.ConvertName(c.ToString())}.areaPercent";
            var stated = zoning.StatedTotals.SingleOrDefault(t => t.Subject == subject)
                ?? throw new InvalidDataException(SpatialText.DemoNoStatedTotal(ZoningSeedFile, subject).Bilingual);
            shares[c] = (double)stated.Value;
        }
        return new DemoZoningInputs(cityCode, cityName, cityBoundary, counties.OrderBy(c => c.Code, StringComparer.Ordinal).ToList(), shares);
    }
}
