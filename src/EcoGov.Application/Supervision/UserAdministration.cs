using System.Globalization;
using EcoGov.Application.Users;
using EcoGov.Core.Supervision;
using EcoGov.Core.Text;
using EcoGov.Data;
using EcoGov.Data.Entities;
using EcoGov.Data.Users;
using Microsoft.EntityFrameworkCore;

namespace EcoGov.Application.Supervision;

/// <summary>`users add` / POST /api/users: a new account. A null password has one generated (shown once).</summary>
public sealed record AddUserRequest(
    string? UserName, string? DisplayName, string? Role, string? Jurisdiction, string? Department, string? Password)
{
    public const string UserNameField = "userName", DisplayNameField = "displayName", RoleField = "role",
        JurisdictionField = "jurisdiction", DepartmentField = "department", PasswordField = "password";
}

/// <summary>An account as the administrator lists it.</summary>
public sealed record UserView(
    int Id, string UserName, string DisplayName, string Role, string RoleName, string? JurisdictionCode, string? Department,
    bool IsDisabled, bool IsLocked);

/// <summary>The account just added, with the password when it was generated (shown once, never stored in clear).</summary>
public sealed record AddedUser(UserView User, string? GeneratedPassword);

/// <summary>
/// 用户管理 accounts of the people who work in the platform (administrator only): add with a role, a jurisdiction and
/// (for reporters) a department; list; disable and enable. Every change is in the audit trail.
/// </summary>
public sealed class UserAdministration(EcoGovDbContext db, UserAccounts accounts, AuditTrail audit, PlanAccess access)
{
    public const int MinPasswordLength = 12;

    /// <summary>
    /// 密码策略: at least 12 characters (at most 128), at least three of lower case, upper case, digits and other
    /// characters, and not containing the user name. Null when acceptable, otherwise why not.
    /// </summary>
    public static AppMessage? PasswordProblem(string password, string userName)
    {
        if (password.Length < MinPasswordLength || password.Length > 128)
            return AppText.PasswordLength(MinPasswordLength);
        var classes = new[] { password.Any(char.IsLower), password.Any(char.IsUpper), password.Any(char.IsDigit), password.Any(c => !char.IsLetterOrDigit(c)) }.Count(b => b);
        if (classes < 3)
            return AppText.PasswordClasses();
        if (userName.Length > 0 && password.Contains(userName, StringComparison.OrdinalIgnoreCase))
            return AppText.PasswordContainsUserName();
        return null;
    }

    public async Task<IReadOnlyList<UserView>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        AccessPolicy.Demand(actor, SupervisionAction.ManageUsers, []);
        return [.. (await accounts.ListAsync(ct)).Select(u => new UserView(u.Id, u.UserName, u.DisplayName, u.Role, UserRoles.DisplayName(u.Role),
            u.JurisdictionCode, u.Department, u.IsDisabled, u.IsLocked))];
    }

    public async Task<AddedUser> AddAsync(Actor actor, AddUserRequest request, CancellationToken ct = default)
    {
        AccessPolicy.Demand(actor, SupervisionAction.ManageUsers, []);
        var userName = request.UserName?.Trim() ?? "";
        if (userName.Length is < 2 or > 32 || !userName.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '_' or '-'))
            throw new ApplicationInputException(ErrorCode.InvalidValue, AddUserRequest.UserNameField,
                AppText.UserNameInvalid());
        var displayName = request.DisplayName?.Trim() ?? "";
        if (displayName.Length == 0) displayName = userName;
        if (displayName.Length > 50 || displayName.Any(char.IsControl))
            throw new ApplicationInputException(ErrorCode.InvalidValue, AddUserRequest.DisplayNameField, AppText.DisplayNameHasAtMostCharacters());
        var role = UserRoles.Parse(request.Role?.Trim())
            ?? throw new ApplicationInputException(RequestValues.Absent(request.Role) ? ErrorCode.Required : ErrorCode.InvalidValue, AddUserRequest.RoleField,
                AppText.RoleMustBeOneOf(string.Join(", ", UserRoles.All.Select(r => $"{UserRoles.Name(r)}（{UserRoles.DisplayName(r)}）"))));
        string? jurisdiction = null;
        if (!RequestValues.Absent(request.Jurisdiction)) jurisdiction = (await access.ChainAsync(request.Jurisdiction!, AddUserRequest.JurisdictionField, ct))[0];
        else if (role != UserRole.Administrator)
            throw new ApplicationInputException(ErrorCode.Required, AddUserRequest.JurisdictionField, AppText.UserJurisdictionRequired());
        DepartmentEntity? department = null;
        if (!RequestValues.Absent(request.Department))
        {
            var wanted = Core.Supervision.DepartmentNames.Normalize(request.Department!);
            department = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.JurisdictionCode == jurisdiction && d.Name == wanted && d.IsActive, ct)
                ?? throw new ApplicationInputException(ErrorCode.NotFound, AddUserRequest.DepartmentField,
                    AppText.NoSuchDepartmentInJurisdiction(jurisdiction, UserText.Quote(wanted)));
        }
        else if (UserRoles.NeedsDepartment(role))
            throw new ApplicationInputException(ErrorCode.Required, AddUserRequest.DepartmentField, AppText.ReporterNeedsDepartment());
        string? generated = null;
        var password = request.Password;
        if (RequestValues.Absent(password)) password = generated = PasswordHashing.Generate();
        else if (PasswordProblem(password!, userName) is { } problem)
            throw new ApplicationInputException(ErrorCode.InvalidValue, AddUserRequest.PasswordField, problem);
        if (await db.Users.AnyAsync(u => u.UserName == userName, ct))
            throw new ApplicationInputException(ErrorCode.Conflict, AddUserRequest.UserNameField, AppText.UserNameIsTaken(userName));

        var row = new UserEntity
        {
            UserName = userName,
            DisplayName = displayName,
            Role = UserRoles.Name(role),
            PasswordHash = PasswordHashing.Hash(password!),
            JurisdictionCode = jurisdiction,
            DepartmentId = department?.Id,
        };
        await audit.InTransactionAsync(async () =>
        {
            db.Users.Add(row);
            await db.SaveChangesAsync(ct);
            audit.Add(actor, "user.add", "user", row.Id.ToString(CultureInfo.InvariantCulture),
                new AuditChange("userName", null, userName), new AuditChange("role", null, row.Role),
                new AuditChange("jurisdiction", null, jurisdiction), new AuditChange("department", null, department?.Name));
            return row.Id;
        }, ct);
        return new AddedUser(new UserView(row.Id, row.UserName, row.DisplayName, row.Role, UserRoles.DisplayName(role), row.JurisdictionCode,
            department?.Name, false, false), generated);
    }

    /// <summary>Disables (or enables) the account with this user name; its sessions end at once.</summary>
    public async Task<UserView> SetDisabledAsync(Actor actor, string? userName, bool disabled, CancellationToken ct = default)
    {
        AccessPolicy.Demand(actor, SupervisionAction.ManageUsers, []);
        var name = userName?.Trim() ?? "";
        var id = await db.Users.AsNoTracking().Where(u => u.UserName == name).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct)
            ?? throw new ApplicationInputException(ErrorCode.NotFound, AddUserRequest.UserNameField, AppText.NoSuchUser(UserText.Quote(name)));
        return await SetDisabledAsync(actor, id, disabled, ct);
    }

    /// <summary>Disables (or enables) the account with this id (the 用户管理 page's buttons); audited.</summary>
    public async Task<UserView> SetDisabledAsync(Actor actor, int id, bool disabled, CancellationToken ct = default)
    {
        AccessPolicy.Demand(actor, SupervisionAction.ManageUsers, []);
        var row = await Row(id, ct);
        if (row.Id == actor.UserId && disabled)
            throw new ApplicationInputException(ErrorCode.Conflict, AddUserRequest.UserNameField, AppText.YouCannotDisableYourOwnAccount());
        await audit.InTransactionAsync(async () =>
        {
            await accounts.SetDisabledAsync(row.Id, disabled, actor.UserName, ct);
            audit.Add(actor, disabled ? "user.disable" : "user.enable", "user", row.Id.ToString(CultureInfo.InvariantCulture),
                new AuditChange("isDisabled", row.IsDisabled ? "true" : "false", disabled ? "true" : "false"));
            return row.Id;
        }, ct);
        return (await ListAsync(actor, ct)).First(u => u.Id == row.Id);
    }

    /// <summary>Ends a lockout and clears the failure count (the 用户管理 page's 解除锁定); audited.</summary>
    public async Task UnlockAsync(Actor actor, int id, CancellationToken ct = default)
    {
        AccessPolicy.Demand(actor, SupervisionAction.ManageUsers, []);
        var row = await Row(id, ct);
        await audit.InTransactionAsync(async () =>
        {
            await accounts.UnlockAsync(row.Id, actor.UserName, ct);
            audit.Add(actor, "user.unlock", "user", row.Id.ToString(CultureInfo.InvariantCulture),
                new AuditChange("failedSignIns", row.FailedSignIns.ToString(CultureInfo.InvariantCulture), "0"),
                new AuditChange("lockedUntilUtc", row.LockedUntilUtc?.ToString("u", CultureInfo.InvariantCulture), null));
            return row.Id;
        }, ct);
    }

    private async Task<UserEntity> Row(int id, CancellationToken ct) =>
        await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct)
        ?? throw new ApplicationInputException(ErrorCode.NotFound, AddUserRequest.UserNameField, AppText.UserNotFound());
}
