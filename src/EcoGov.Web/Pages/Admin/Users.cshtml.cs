using System.Globalization;
using EcoGov.Application;
using EcoGov.Application.Supervision;
using EcoGov.Application.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EcoGov.Web.Pages.Admin;

/// <summary>
/// 用户管理 administrators only (the /Admin folder needs the administrator role): every account with its consecutive
/// failed sign-ins and lockout, and buttons to unlock, disable and enable. Each change is logged with the administrator.
/// </summary>
public sealed class UsersModel(UserAccounts accounts, UserAdministration administration, CurrentActor me, IStringLocalizer<SharedText> text) : PageModel
{
    [BindProperty] public AddUserRequest? NewUser { get; set; }
    public string? Error { get; private set; }

    public IReadOnlyList<UserAccountView> Users { get; private set; } = [];
    public int? CurrentUserId { get; private set; }
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync()
    {
        CurrentUserId = SignInWeb.UserId(User);
        Users = await accounts.ListAsync(HttpContext.RequestAborted);
    }

    /// <summary>Adds an account through the application layer (role, jurisdiction, department and password policy checked there).</summary>
    public async Task<IActionResult> OnPostAddAsync()
    {
        try
        {
            var added = await administration.AddAsync(await me.GetAsync(HttpContext.RequestAborted), NewUser ?? new AddUserRequest(null, null, null, null, null, null), HttpContext.RequestAborted);
            Message = added.GeneratedPassword is { } pw
                ? text["已新增用户 {0}，初始密码 {1}（只显示这一次，请转告本人）。", added.User.UserName, pw]
                : text["已新增用户 {0}。", added.User.UserName];
            return RedirectToPage();
        }
        catch (ApplicationInputException e)
        {
            Error = e.Error.MessageIn(CultureInfo.CurrentUICulture);
            Response.StatusCode = e.Error.Code == ErrorCode.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
            await OnGetAsync();
            return Page();
        }
    }

    public Task<IActionResult> OnPostUnlockAsync(int id) =>
        Change(async actor => await administration.UnlockAsync(actor, id, HttpContext.RequestAborted), text["已解除锁定。"]);

    // An administrator cannot disable the account they are using (and so lock everyone out by mistake).
    public Task<IActionResult> OnPostDisableAsync(int id) => id == SignInWeb.UserId(User)
        ? Done(text["不能停用当前登录的账户。"])
        : Change(async actor => await administration.SetDisabledAsync(actor, id, true, HttpContext.RequestAborted), text["已停用，该用户的会话立即失效。"]);

    public Task<IActionResult> OnPostEnableAsync(int id) =>
        Change(async actor => await administration.SetDisabledAsync(actor, id, false, HttpContext.RequestAborted), text["已启用。"]);

    /// <summary>A change through the application layer (so it is in the audit trail), then back to the list with what happened.</summary>
    private async Task<IActionResult> Change(Func<Actor, Task> change, string done)
    {
        try
        {
            await change(await me.GetAsync(HttpContext.RequestAborted));
            Message = done;
        }
        catch (ApplicationInputException e) when (e.Error.Code == ErrorCode.NotFound)
        {
            Message = text["没有这个用户。"];
        }
        return RedirectToPage();
    }

    private Task<IActionResult> Done(string message)
    {
        Message = message;
        return Task.FromResult<IActionResult>(RedirectToPage());
    }
}
