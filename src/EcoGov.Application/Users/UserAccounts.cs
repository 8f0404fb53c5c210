using EcoGov.Data;
using EcoGov.Data.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EcoGov.Application.Users;

/// <summary>One row of the administrator's user list.</summary>
public sealed record UserAccountView(
    int Id, string UserName, string DisplayName, string Role, int FailedSignIns, DateTimeOffset? LockedUntilUtc, bool IsLocked, bool IsDisabled,
    string? JurisdictionCode = null, string? Department = null);

/// <summary>
/// 用户管理 the administrator's operations on accounts (list, unlock, disable, enable), ending a user's sessions
/// (sign-out), and the per-request check of a sign-in cookie against the user row.
/// </summary>
public sealed class UserAccounts(EcoGovDbContext db, TimeProvider clock, ILogger<UserAccounts> log)
{
    public async Task<IReadOnlyList<UserAccountView>> ListAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var users = await (from u in db.Users.AsNoTracking()
                           join d in db.Departments on u.DepartmentId equals d.Id into ds
                           from d in ds.DefaultIfEmpty()
                           orderby u.UserName
                           select new { u, Department = d == null ? null : d.Name }).ToListAsync(ct);
        return [.. users.Select(x => new UserAccountView(x.u.Id, x.u.UserName, x.u.DisplayName, x.u.Role, x.u.FailedSignIns, x.u.LockedUntilUtc,
            x.u.LockedUntilUtc is { } until && until > now, x.u.IsDisabled, x.u.JurisdictionCode, x.Department))];
    }

    /// <summary>Ends a lockout and clears the failure count. False when there is no such user.</summary>
    public async Task<bool> UnlockAsync(int id, string by, CancellationToken ct = default)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.UserName, u.LockedUntilUtc }).FirstOrDefaultAsync(ct);
        if (user is null) return false;
        await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.FailedSignIns, 0)
            .SetProperty(u => u.LockedUntilUtc, (DateTimeOffset?)null), ct);
        log.LogInformation("Account {UserName} unlocked by {Administrator} (was locked until {LockedUntilUtc:u})", user.UserName, by, user.LockedUntilUtc);
        return true;
    }

    /// <summary>
    /// Disables or enables an account. Disabling also changes its security stamp, so its sessions end at once (they would
    /// anyway: the per-request check refuses disabled users). False when there is no such user.
    /// </summary>
    public async Task<bool> SetDisabledAsync(int id, bool disabled, string by, CancellationToken ct = default)
    {
        var userName = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.UserName).FirstOrDefaultAsync(ct);
        if (userName is null) return false;
        var stamp = SecurityStamps.New();
        await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.IsDisabled, disabled)
            .SetProperty(u => u.SecurityStamp, u => disabled ? stamp : u.SecurityStamp), ct);
        log.LogInformation("Account {UserName} {Change} by {Administrator}", userName, disabled ? "disabled" : "enabled", by);
        return true;
    }

    /// <summary>Ends every session of the user (sign-out): a new security stamp makes every cookie issued before invalid.</summary>
    public async Task EndSessionsAsync(int id, CancellationToken ct = default) =>
        await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, SecurityStamps.New()), ct);

    /// <summary>
    /// True when a sign-in cookie for user <paramref name="id"/> with <paramref name="securityStamp"/> and
    /// <paramref name="role"/> is still good: the user exists, is not disabled, and has that stamp and role. One lookup
    /// by primary key.
    /// </summary>
    public async Task<bool> IsSessionValidAsync(int id, string securityStamp, string role, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(securityStamp)) return false;
        var user = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.SecurityStamp, u.IsDisabled, u.Role }).FirstOrDefaultAsync(ct);
        return user is not null && !user.IsDisabled && user.Role == role
            && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(user.SecurityStamp), System.Text.Encoding.UTF8.GetBytes(securityStamp));
    }
}
