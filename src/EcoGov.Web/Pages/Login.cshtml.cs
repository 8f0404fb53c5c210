using EcoGov.Application.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EcoGov.Web.Pages;

/// <summary>
/// Sign-in. The throttling is <see cref="SignInService"/>'s (lockout per account and per unknown name) and the rate
/// limiter's (POST per client address); the page only shows the answer. The messages never tell a wrong password from an
/// unknown user name.
/// </summary>
[EnableRateLimiting(SignInWeb.SignInRateLimit)]
public sealed class LoginModel(SignInService signIn) : PageModel
{
    public const string WrongCredentials = "用户名或密码不正确。";

    [BindProperty] public string UserName { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        var attempt = await signIn.SignInAsync(UserName ?? "", Password ?? "", HttpContext.Connection.RemoteIpAddress?.ToString(), HttpContext.RequestAborted);
        switch (attempt.Outcome)
        {
            case SignInOutcome.SignedIn:
                await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SignInWeb.Principal(attempt.User!));
                // Only local return URLs: never redirect a user off the platform.
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
            case SignInOutcome.LockedOut:
                Error = $"{WrongCredentials}账户已临时锁定，请 {attempt.LockedMinutes} 分钟后再试。";
                break;
            case SignInOutcome.Disabled:
                Error = "账户已停用，请联系管理员。";
                break;
            default:
                Error = WrongCredentials;
                break;
        }
        Password = "";
        return Page();
    }
}
