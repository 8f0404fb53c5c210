using EcoGov.Application;
using EcoGov.Application.Supervision;
using EcoGov.Data.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EcoGov.Web.Pages.Admin;

/// <summary>
/// 用户管理 administrators only (the /Admin folder needs the administrator role): every account with its consecutive
/// failed sign-ins and lockout, and buttons to unlock, disable and enable. Each change is logged with the administrator.
/// </summary>
public sealed class UsersModel(UserAccounts accounts, UserAdministration administration, CurrentActor me) : PageModel
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
                ? $"已新增用户 {added.User.UserName}，初始密码 {pw}（只显示这一次，请转告本人）。"
                : $"已新增用户 {added.User.UserName}。";
            return RedirectToPage();
        }
        catch (ApplicationInputException e)
        {
            Error = e.Error.Message;
            Response.StatusCode = e.Error.Code == ErrorCode.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
            await OnGetAsync();
            return Page();
        }
    }

    public async Task<IActionResult> OnPostUnlockAsync(int id)
    {
        Message = await accounts.UnlockAsync(id, Administrator, HttpContext.RequestAborted) ? "已解除锁定。" : "没有这个用户。";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync(int id)
    {
        // An administrator cannot disable the account they are using (and so lock everyone out by mistake).
        if (id == SignInWeb.UserId(User)) Message = "不能停用当前登录的账户。";
        else Message = await accounts.SetDisabledAsync(id, true, Administrator, HttpContext.RequestAborted) ? "已停用，该用户的会话立即失效。" : "没有这个用户。";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEnableAsync(int id)
    {
        Message = await accounts.SetDisabledAsync(id, false, Administrator, HttpContext.RequestAborted) ? "已启用。" : "没有这个用户。";
        return RedirectToPage();
    }

    private string Administrator => User.Identity?.Name ?? "?";

}
