using System.Globalization;
using EcoGov.Core.Zoning;
using EcoGov.Application;
using EcoGov.Application.Plans;
using EcoGov.Application.Zoning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using EcoGov.Core;
using EcoGov.Core.Jurisdictions;

namespace EcoGov.Web.Pages.Zoning;

/// <summary>分区管控一张图: the layers in force on a date for a jurisdiction, their versions, and unit statistics by class.</summary>
public sealed class IndexModel(ZoningLayerService zoning, PlanCatalogService plans) : PageModel
{
    /// <summary>A layer kind with its versions and the one in force on the date.</summary>
    public sealed record LayerRow(ZoningLayerKind Kind, IReadOnlyList<LayerVersionInfo> Versions, LayerVersionInfo? InForce);

    /// <summary>One county's unit counts by class: from the layer in force, and as published (000).</summary>
    public sealed record CountyRow(string Code, string Name, int[] Layer, int[]? Published);

    [BindProperty(SupportsGet = true)] public string? Jurisdiction { get; set; }
    [BindProperty(SupportsGet = true)] public string? Date { get; set; }

    public DateOnly AsOf { get; private set; }
    public string? Error { get; private set; }
    public IReadOnlyList<JurisdictionInfo> Jurisdictions { get; private set; } = [];
    public IReadOnlyList<LayerRow> Layers { get; private set; } = [];
    public IReadOnlyList<UnitClassStatistics> ClassStats { get; private set; } = [];
    public IReadOnlyDictionary<string, int> PublishedByClass { get; private set; } = new Dictionary<string, int>();
    public IReadOnlyList<CountyRow> Counties { get; private set; } = [];
    public bool UnitsSynthetic { get; private set; }
    public string MapSource => $"/api/zoning/map?jurisdiction={Uri.EscapeDataString(Jurisdiction!)}&date={AsOf:yyyy-MM-dd}";

    /// <summary>The 选址研判 panel's blank form: the map's date and jurisdiction.</summary>
    public SiteFormView AssessForm => SiteFormView.ForMap(Date!, Jurisdiction!);

    public static IReadOnlyList<string> Classes => ControlUnitClasses.Names;

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Jurisdiction = ZoningWeb.Blank(Jurisdiction) ?? ZoningWeb.DefaultJurisdiction;
        Jurisdictions = await plans.JurisdictionsAsync(ct);
        if (Jurisdictions.All(j => j.Jurisdiction.Code != Jurisdiction)) return NotFound();
        try
        {
            AsOf = ZoningLayerService.OptionalDate(Date, ZoningFields.Date, AppText.LabelDate) ?? zoning.Today();
        }
        catch (ApplicationInputException e)
        {
            // The page still shows today's layers, with the message.
            Error = e.Error.MessageIn(CultureInfo.CurrentUICulture);
            AsOf = zoning.Today();
        }
        Date = CalendarDate.ToText(AsOf);

        Layers = [.. (await zoning.LayersAsync(Jurisdiction, AsOf, ct)).Select(l => new LayerRow(l.Kind, l.Versions, l.InForce))];
        if (await zoning.UnitsInForceAsync(Jurisdiction, AsOf, ct) is { } units)
        {
            UnitsSynthetic = units.Version.Synthetic;
            ClassStats = ZoningLayerService.ClassStatistics(units);
            var published = await plans.UnitStatisticsAsync(new JurisdictionRequest(Jurisdiction), ct);
            var own = published.FirstOrDefault(p => p.JurisdictionCode == Jurisdiction);
            PublishedByClass = published.Count == 0 ? new Dictionary<string, int>() : new Dictionary<string, int>
            {
                [Classes[0]] = own?.Priority ?? published.Sum(p => p.Priority),
                [Classes[1]] = own?.Key ?? published.Sum(p => p.Key),
                [Classes[2]] = own?.General ?? published.Sum(p => p.General),
            };
            var byCounty = units.Features.GroupBy(f => f.Attribute(UnitFields.County) ?? f.Attribute("countyCode") ?? "")
                .ToDictionary(g => g.Key, g => Classes.Select(c => g.Count(f => f.Attribute(UnitFields.Class) == c)).ToArray());
            var names = Jurisdictions.ToDictionary(j => j.Jurisdiction.Code, j => j.Jurisdiction.Name);
            Counties = [.. byCounty.Keys.Union(published.Where(p => p.JurisdictionCode != Jurisdiction).Select(p => p.JurisdictionCode))
                .OrderBy(c => c, StringComparer.Ordinal)
                .Select(c => new CountyRow(c, names.GetValueOrDefault(c) ?? c, byCounty.GetValueOrDefault(c) ?? [0, 0, 0],
                    published.FirstOrDefault(p => p.JurisdictionCode == c) is { } p ? [p.Priority, p.Key, p.General] : null))];
        }
        return Page();
    }
}
