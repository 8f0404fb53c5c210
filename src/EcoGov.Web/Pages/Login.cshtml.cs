using System.ComponentModel.DataAnnotations;
using EcoGov.Application.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace EcoGov.Web.Pages;

/// <summary>
/// Sign-in. The throttling is <see cref="SignInService"/>'s (lockout per account and per unknown name) and the rate
/// limiter's (POST per client address); the page only shows the answer. The messages never tell a wrong password from an
/// unknown user name. An empty field is refused before any sign-in attempt, with the catalogue's message (Chinese, or
/// English after the switch), not the framework's "The UserName field is required.".
/// </summary>
[EnableRateLimiting(SignInWeb.SignInRateLimit)]
public sealed class LoginModel(SignInService signIn, IStringLocalizer<SharedText> text) : PageModel
{
    public const string WrongCredentials = "用户名或密码不正确。";

    /// <summary>The message of an empty field, {0} the field's name (both from the catalogue: AddCatalogueAnnotations).</summary>
    public const string Required = "请输入{0}。";

    [BindProperty, Required(ErrorMessage = Required), Display(Name = "用户名")] public string UserName { get; set; } = "";
    [BindProperty, Required(ErrorMessage = Required), Display(Name = "密码")] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Password = "";
            return Page();
        }
        var attempt = await signIn.SignInAsync(UserName ?? "", Password ?? "", HttpContext.Connection.RemoteIpAddress?.ToString(), HttpContext.RequestAborted);
        switch (attempt.Outcome)
        {
            case SignInOutcome.SignedIn:
                await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SignInWeb.Principal(attempt.User!));
                // Only local return URLs: never redirect a user off the platform.
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
            case SignInOutcome.LockedOut:
                Error = text[WrongCredentials] + text["账户已临时锁定，请 {0} 分钟后再试。", attempt.LockedMinutes];
                break;
            case SignInOutcome.Disabled:
                Error = text["账户已停用，请联系管理员。"];
                break;
            default:
                Error = text[WrongCredentials];
                break;
        }
        Password = "";
        return Page();
    }
}
