using System.Text.Json;
using EcoGov.Core.Text;
using EcoGov.Core.Zoning;
using EcoGov.Spatial.Crs;
using EcoGov.Spatial.Zoning.Import;

namespace EcoGov.Spatial.Tests;

/// <summary>
/// The spatial engine's messages come from its catalogue (<see cref="SpatialText"/>): one language each for a page, and
/// as a bilingual line the same text the engine printed before the catalogue (messages, CLI output and stored
/// validation problems do not change).
/// </summary>
public class SpatialTextTests
{
    [Fact]
    public void A_message_reads_in_either_language_and_as_the_old_bilingual_line()
    {
        var m = SpatialText.ZipShpCount("units.zip", 2);
        Assert.Equal("units.zip: 压缩包中应有且只有一个 .shp，实际 2 个", m.Format(Message.Chinese));
        Assert.Equal("units.zip: the zip must hold exactly one .shp (found 2)", m.Format(Message.English));
        Assert.Equal("units.zip: 压缩包中应有且只有一个 .shp，实际 2 个 / the zip must hold exactly one .shp (found 2)", m.Bilingual);
    }

    [Fact]
    public void A_line_whose_English_says_less_is_kept_as_it_was()
    {
        Assert.Equal("x.zip: --crs EPSG:4526 与 .prj（EPSG:4490）不一致 / --crs disagrees with the .prj",
            SpatialText.CrsDisagreesWithPrj("x.zip", 4526, 4490).Bilingual);
        Assert.Equal("x.zip: --crs EPSG:4526 disagrees with the .prj (EPSG:4490)",
            SpatialText.CrsDisagreesWithPrj("x.zip", 4526, 4490).Format(Message.English));
        Assert.Equal("x.zip: 文件 30000000 字节，超过上限 20 MB / upload larger than 20971520 bytes",
            SpatialText.ZipTooLarge("x.zip", 30_000_000, SpatialText.Megabytes(20), 20_971_520).Bilingual);
        Assert.Equal("GeoJSON $.features[0]：缺少“coordinates” / missing \"coordinates\" at $.features[0]",
            SpatialText.GeoJsonAt("$.features[0]", SpatialText.GeoJsonMissingMember("coordinates")).Bilingual);
    }

    [Fact]
    public void The_engines_exceptions_carry_the_message_and_its_line()
    {
        var e = Assert.Throws<LayerFileException>(() => LayerFileReader.Read("layer.txt", [1, 2, 3]));
        Assert.Equal(nameof(SpatialText.UnsupportedFileType), e.Text.Key);
        Assert.Equal(e.Text.Bilingual, e.Message);
        Assert.Equal("layer.txt: 不支持的文件类型（须为 .zip 压缩的 Shapefile 或 .geojson）/ unsupported file type (zipped shapefile or .geojson)", e.Message);

        var crs = Assert.Throws<UnsupportedCrsException>(() => CoordinateSystems.Parse("EPSG:2385"));
        Assert.StartsWith("不支持的坐标系“EPSG:2385”。支持 / supported: EPSG:4490 (CGCS2000)", crs.Message);
        Assert.StartsWith("unsupported coordinate system “EPSG:2385”", crs.Text.Format(Message.English));
    }

    [Fact]
    public void Every_column_role_has_its_name_in_the_catalogue()
    {
        foreach (var (role, label) in ColumnRoles.All)
        {
            var text = ColumnRoles.LabelText(role);
            Assert.NotNull(text);
            Assert.Equal(label, text.Format(Message.Chinese));
        }
        Assert.Null(ColumnRoles.LabelText("colour"));
    }

    [Fact]
    public void A_validation_problem_is_stored_as_its_bilingual_line()
    {
        var p = LayerProblem.Of(LayerProblemSeverity.Warning, "overlap", "ZH14050210001", null, "geometry", SpatialText.Overlap("ZH14050210002", 12.345), 12.345);
        Assert.Equal("与单元 ZH14050210002 重叠 12.35 m² / overlaps unit ZH14050210002", p.Message);
        var json = JsonSerializer.Serialize(p);
        Assert.DoesNotContain("\"Text\"", json);
        var back = JsonSerializer.Deserialize<LayerProblem>(json)!;
        Assert.Null(back.Text);
        Assert.Equal(p, back);
    }
}
