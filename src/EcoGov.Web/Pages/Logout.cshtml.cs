using EcoGov.Application.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EcoGov.Web.Pages;

/// <summary>
/// Sign-out: POST only, with the antiforgery token Razor Pages checks on every POST. The user's security stamp changes,
/// so every cookie of the user — this one, a copy saved earlier, other browsers — is refused from now on.
/// </summary>
public sealed class LogoutModel(UserAccounts accounts) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        if (SignInWeb.UserId(User) is { } id) await accounts.EndSessionsAsync(id, HttpContext.RequestAborted);
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/Login");
    }
}
