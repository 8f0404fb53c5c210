using System.Globalization;
using EcoGov.Application;
using EcoGov.Application.Supervision;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EcoGov.Web.Pages.Supervision;

/// <summary>
/// A supervision page: acts as the signed-in user (<see cref="CurrentActor"/>); a refusal of the application layer is
/// shown on the page (<see cref="Error"/>), with 403 when the role or jurisdiction does not allow it and 404 for what
/// does not exist — the same refusal the API answers as problem details.
/// </summary>
public abstract class SupervisionPage(CurrentActor me) : PageModel
{
    public Actor? Me { get; private set; }
    public string? Error { get; private set; }
    [TempData] public string? Message { get; set; }

    protected async Task<Actor> ActorAsync() => Me ??= await me.GetAsync(HttpContext.RequestAborted);

    /// <summary>Runs <paramref name="body"/>; an application refusal becomes <see cref="Error"/> and the status code.</summary>
    protected async Task<IActionResult> Guard(Func<Task<IActionResult>> body)
    {
        try
        {
            await ActorAsync();
            return await body();
        }
        catch (ApplicationInputException e)
        {
            Error = e.Error.MessageIn(CultureInfo.CurrentUICulture);
            Response.StatusCode = e.Error.Code switch
            {
                ErrorCode.Forbidden => StatusCodes.Status403Forbidden,
                ErrorCode.NotFound => StatusCodes.Status404NotFound,
                _ => StatusCodes.Status400BadRequest,
            };
            return Page();
        }
    }

    /// <summary>The CSS class of a light (the .light dot).</summary>
    public static string LightClass(Core.Supervision.TrafficLight light) => "light " + Application.EnumText.Camel(light);
}
