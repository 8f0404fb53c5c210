using EcoGov.Core.Zoning;
using EcoGov.Core.Zoning.Rules;
using EcoGov.Spatial.Zoning;
using EcoGov.Spatial.Zoning.Assessment;
using EcoGov.Spatial.Zoning.Import;

namespace EcoGov.Application.Zoning;

/// <summary>
/// The bounds a host applies to zoning input before it reads it (request sizes, the upload read into memory, the site
/// echoed to the map): <see cref="ZoningInputLimits"/>'s figures, re-exposed so that the hosts go through the application
/// layer and name nothing of EcoGov.Spatial; the readers behind <see cref="ZoningLayerService"/> and
/// <see cref="SiteAssessmentService"/> enforce the rest as they stream the file.
/// </summary>
public static class ZoningLimits
{
    public const int MiB = ZoningInputLimits.MiB;

    /// <summary>A site file as uploaded (zip, GeoJSON or coordinate text), and the largest site text a request carries.</summary>
    public const int SiteFileBytes = ZoningInputLimits.SiteFileBytes;

    /// <summary>A zipped site shapefile, all its entries uncompressed.</summary>
    public const long SiteUncompressedBytes = ZoningInputLimits.SiteUncompressedBytes;

    /// <summary>A site up to this many vertices is echoed whole (the map on the page); a larger one is summarised.</summary>
    public const int EchoedSiteVertices = ZoningInputLimits.EchoedSiteVertices;

    /// <summary>A layer file as uploaded or given to `zoning import` (zipped shapefile or GeoJSON).</summary>
    public const long LayerUploadBytes = ZoningInputLimits.LayerUploadBytes;

    /// <summary>What a multipart form adds to its file (the request limit is the file's plus this).</summary>
    public const int FormOverheadBytes = ZoningInputLimits.FormOverheadBytes;
}

/// <summary>
/// A siting pre-assessment as the hosts render it (the 选址研判 page and panel, `zoning assess`): the engine's result
/// (<see cref="AssessmentResult"/>, whose parts the hosts read through these members) with the words and verdicts the hosts
/// show, so that they name no EcoGov.Spatial type. JSON and the .docx report are <see cref="SiteAssessmentService"/>'s.
/// </summary>
public sealed class SiteAssessment(AssessmentResult result)
{
    /// <summary>The engine's result, for the JSON, the report and the public pre-check.</summary>
    internal AssessmentResult Result { get; } = result;

    public SiteSummary Site => Result.Site;
    public string? IndustryCode => Result.IndustryCode;
    public string? IndustryName => Result.IndustryName;
    public ProjectFacts Facts => Result.Facts;
    public DateOnly Date => Result.Date;
    public IReadOnlyList<UnitTouch> Units => Result.Units;
    public IReadOnlyList<LayerTouch> Layers => Result.Layers;
    public IReadOnlyList<AssessedRequirement> Requirements => Result.Requirements;
    public IReadOnlyList<RuleResult> Rules => Result.Rules;
    public EcoGov.Core.Text.Message ConclusionText => Result.ConclusionText;
    public IReadOnlyList<LayerVersionInfo> Versions => Result.Versions;
    public IReadOnlyList<EcoGov.Core.Text.Message> Warnings => Result.Warnings;

    /// <summary>
    /// The warnings a page lists under its own line naming the synthetic layers: all but the engine's generic
    /// synthetic-data warning when the run used synthetic layers (the page's line replaces it).
    /// </summary>
    public IEnumerable<EcoGov.Core.Text.Message> WarningsBesidesSyntheticData =>
        UsesSyntheticData ? Warnings.Where(w => w.Key != nameof(EcoGov.Spatial.SpatialText.SyntheticLayersUsed)) : Warnings;
    public string RulesVersion => Result.RulesVersion;
    public bool UsesSyntheticData => Result.UsesSyntheticData;

    /// <summary>符合, 有条件符合 or 不符合 (the catalogue's key on the web).</summary>
    public string ConclusionLabel => AssessmentConclusions.Label(Result.Conclusion);

    /// <summary>不符合: the CLI exits 1, the page shows it as a failure.</summary>
    public bool NonCompliant => Result.Conclusion == AssessmentConclusion.NonCompliant;

    /// <summary>有条件符合.</summary>
    public bool Conditional => Result.Conclusion == AssessmentConclusion.Conditional;

    /// <summary>The name of an access-list level (省级, 市级, 单元) as the JSON and the report give it.</summary>
    public static string LevelName(AccessListLevel level) => AssessmentDto.LevelName(level);

    /// <summary>A rule's source cited as the JSON and the report cite it.</summary>
    public static string Cite(RuleSource source) => AssessmentDto.Cite(source);
}

/// <summary>
/// What a layer import did, as the hosts render it (the import page, `zoning import`): the import's
/// <see cref="LayerImportResult"/> read through these members, so that the hosts name no EcoGov.Data or EcoGov.Spatial type.
/// </summary>
public sealed class LayerImport(LayerImportResult result)
{
    public LayerImportStatus Status => result.Status;
    public LayerVersionInfo? Version => result.Version;
    public LayerValidationReport Report => result.Report;
    public bool Rejected => result.Rejected;
    public LayerColumnMapping? Mapping => result.Mapping;
    public int Features => result.Features;
    public IReadOnlyList<IReadOnlyDictionary<string, string?>> FirstRows => result.FirstRows;

    /// <summary>The column roles a user may give a column (role, label), in the order the form lists them.</summary>
    public static IReadOnlyList<(string Role, string Label)> Roles => ColumnRoles.All;

    /// <summary>A role's label (null for an unknown role).</summary>
    public static string? RoleLabel(string role) => ColumnRoles.Label(role);

    /// <summary>How a column's role was found, in words.</summary>
    public static string Basis(ColumnRoleBasis basis) => ColumnMappingText.Basis(basis);

    /// <summary>Where the units' county comes from, in words.</summary>
    public static string County(CountySource source) => ColumnMappingText.County(source);
}

/// <summary>
/// The changes between two versions of a layer as the import page renders them (<see cref="ZoningLayerService.Compare"/>):
/// the engine's <see cref="LayerDiffResult"/> read through these members, so that the page names no EcoGov.Spatial type.
/// `zoning diff --json` prints the engine's result itself (<see cref="ZoningLayerService.Diff"/>).
/// </summary>
public sealed class LayerVersionDiff(LayerDiffResult result)
{
    public LayerVersionInfo From => result.From;
    public LayerVersionInfo To => result.To;
    public IReadOnlyList<LayerDiffFeature> Added => result.Added;
    public IReadOnlyList<LayerDiffFeature> Removed => result.Removed;
    public IReadOnlyList<LayerReclassified> Reclassified => result.Reclassified;
    public IReadOnlyList<LayerGeometryChange> GeometryChanged => result.GeometryChanged;
    public int Unchanged => result.Unchanged;
}
