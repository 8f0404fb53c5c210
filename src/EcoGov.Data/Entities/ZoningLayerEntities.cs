namespace EcoGov.Data.Entities;

/// <summary>One version of a zoning layer for one jurisdiction (动态更新: versions are kept, never overwritten).</summary>
public sealed class ZoningLayerVersionEntity
{
    public long Id { get; set; }
    /// <summary>Layer kind code (ZoningLayerKinds), e.g. "units".</summary>
    public string Layer { get; set; } = "";
    public string JurisdictionCode { get; set; } = "";
    /// <summary>1, 2, … per (layer, jurisdiction).</summary>
    public int Version { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public string SourceName { get; set; } = "";
    /// <summary>SHA-256 (hex) of the imported file's bytes.</summary>
    public string Sha256 { get; set; } = "";
    public int SourceEpsg { get; set; }
    public int FeatureCount { get; set; }
    public bool Synthetic { get; set; }
    public string? Note { get; set; }
    /// <summary>The file's GeoJSON "metadata" member, verbatim, when it had one.</summary>
    public string? MetadataJson { get; set; }
    /// <summary>The validation warnings stored with the version (JSON array of LayerProblem).</summary>
    public string ReportJson { get; set; } = "[]";
    /// <summary>The columns' roles the version was read with (role → column, JSON); null for versions imported before roles were stored.</summary>
    public string? FieldMappingJson { get; set; }
}

/// <summary>One feature of a layer version: geometry as WKB in EPSG:4490, attributes as JSON text, envelope for cheap filtering.</summary>
public sealed class ZoningLayerFeatureEntity
{
    public long Id { get; set; }
    public long VersionId { get; set; }
    /// <summary>Order in the source file (1-based).</summary>
    public int Seq { get; set; }
    /// <summary>The unit code, or the feature's id in other layers.</summary>
    public string FeatureId { get; set; } = "";
    public string? Name { get; set; }
    /// <summary>管控类别 for units (denormalised from the attributes for queries).</summary>
    public string? Class { get; set; }
    public byte[] GeometryWkb { get; set; } = [];
    public string AttributesJson { get; set; } = "{}";
    public double MinX { get; set; }
    public double MinY { get; set; }
    public double MaxX { get; set; }
    public double MaxY { get; set; }
}
