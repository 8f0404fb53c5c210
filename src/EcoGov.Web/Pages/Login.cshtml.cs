using EcoGov.Data;
using EcoGov.Data.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EcoGov.Web.Pages;

public sealed class LoginModel(EcoGovDbContext db) : PageModel
{
    [BindProperty] public string UserName { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = db.Users.FirstOrDefault(u => u.UserName == UserName);
        if (user is null || !PasswordHashing.Verify(Password, user.PasswordHash))
        {
            Error = "用户名或密码不正确。";
            return Page();
        }
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, EcoGovWebApp.Principal(user));
        // Only local return URLs: never redirect a user off the platform.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
