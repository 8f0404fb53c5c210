using System.Text;
using System.Text.Json;
using EcoGov.Core.Zoning;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace EcoGov.Spatial.Zoning;

/// <summary>
/// Writes a layer snapshot as a GeoJSON FeatureCollection in EPSG:4490 (lon/lat degrees): each feature's id, its
/// attributes as properties, and a top-level "metadata" member (layer, jurisdiction, version, effective date,
/// source, synthetic flag). A legacy "crs" member names EPSG:4490 so that the file re-imports unambiguously.
/// </summary>
public static class LayerGeoJson
{
    private static readonly JsonSerializerOptions GeometryOptions = new() { Converters = { new GeoJsonConverterFactory() } };

    public static void Write(LayerSnapshot snapshot, Stream output)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var v = snapshot.Version;
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartObject("crs");
        w.WriteString("type", "name");
        w.WriteStartObject("properties");
        w.WriteString("name", "urn:ogc:def:crs:EPSG::4490");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartObject("metadata");
        w.WriteString("layer", v.Layer);
        w.WriteString("layerName", ZoningLayerKinds.Find(v.Layer)?.Name);
        w.WriteString("jurisdiction", v.JurisdictionCode);
        w.WriteNumber("versionId", v.Id);
        w.WriteNumber("version", v.Version);
        w.WriteString("effectiveFrom", v.EffectiveFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteString("crs", "EPSG:4490");
        w.WriteBoolean("synthetic", v.Synthetic);
        if (v.Synthetic) w.WriteString("notice", SpatialText.SyntheticNotice().Bilingual);
        w.WriteString("sourceName", v.SourceName);
        w.WriteString("sha256", v.Sha256);
        w.WriteNumber("sourceEpsg", v.SourceEpsg);
        w.WriteNumber("featureCount", snapshot.Features.Count);
        w.WriteEndObject();
        w.WriteStartArray("features");
        foreach (var f in snapshot.Features)
        {
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteString("id", f.Id);
            w.WritePropertyName("geometry");
            JsonSerializer.Serialize(w, f.Geometry, GeometryOptions);
            w.WriteStartObject("properties");
            foreach (var (k, val) in f.Attributes)
                if (val is null) w.WriteNull(k);
                else w.WriteString(k, val);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static string ToText(LayerSnapshot snapshot)
    {
        using var ms = new MemoryStream();
        Write(snapshot, ms);
        return Encoding.UTF8.GetString(ms.ToArray());
    }
}
