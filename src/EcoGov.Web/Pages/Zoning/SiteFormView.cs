using EcoGov.Core.Zoning.Rules;

namespace EcoGov.Web.Pages.Zoning;

/// <summary>
/// What the 选址研判 inputs (_SiteAssessFields) show: the values as posted on /Zoning/Assess, or the blank form of the
/// panel beside the map of /Zoning (<see cref="OnMapPage"/>: the map's date and jurisdiction, a 查看 mode).
/// </summary>
public sealed record SiteFormView(string? SiteText, string? Crs, string? CrsOther, string? Industry, string? Date,
    string? ProjectName, string? Jurisdiction, bool UncheckedAreNo, Func<FactKind, string?> FactValue, bool OnMapPage = false,
    string? FileNote = null)
{
    /// <summary>The panel's blank form for the map of <paramref name="jurisdiction"/> on <paramref name="date"/>.</summary>
    public static SiteFormView ForMap(string date, string jurisdiction) =>
        new(null, "EPSG:4490", null, null, date, Application.Zoning.SiteAssessmentService.DefaultProjectName, jurisdiction,
            UncheckedAreNo: false, FactValue: _ => null, OnMapPage: true);
}
