using EcoGov.Core.Supervision;
using EcoGov.Data;
using Microsoft.EntityFrameworkCore;

namespace EcoGov.Application.Supervision;

/// <summary>
/// 当前用户 the user an operation acts for: the signed-in user on the web, <c>--user</c> in the CLI. Every supervision
/// operation takes one and checks it with <see cref="AccessPolicy"/>.
/// </summary>
/// <param name="JurisdictionCode">Null only for the administrator created at first start, who works everywhere.</param>
public sealed record Actor(
    int UserId, string UserName, string DisplayName, UserRole Role, string? JurisdictionCode, int? DepartmentId, string? DepartmentName)
{
    public const string UserField = "user";
}

/// <summary>Finds the <see cref="Actor"/> for a user id (web) or a user name (CLI's <c>--user</c>).</summary>
public sealed class ActorDirectory(EcoGovDbContext db)
{
    /// <summary>The active user with this name; an unknown, disabled or role-less user is refused (field <c>user</c>).</summary>
    public async Task<Actor> ByNameAsync(string? userName, CancellationToken ct = default)
    {
        if (RequestValues.Absent(userName))
            throw new ApplicationInputException(ErrorCode.Required, Actor.UserField, AppText.ActingUserIsRequired());
        var name = userName!.Trim();
        var user = await db.Users.AsNoTracking().Where(u => u.UserName == name).Select(u => new { u.Id }).FirstOrDefaultAsync(ct);
        return user is null
            ? throw new ApplicationInputException(ErrorCode.NotFound, Actor.UserField, AppText.NoSuchUser(Core.Text.UserText.Quote(name)))
            : await ByIdAsync(user.Id, ct);
    }

    /// <summary>The active user with this id.</summary>
    public async Task<Actor> ByIdAsync(int id, CancellationToken ct = default)
    {
        var row = await (from u in db.Users.AsNoTracking()
                         where u.Id == id
                         join d in db.Departments on u.DepartmentId equals d.Id into ds
                         from d in ds.DefaultIfEmpty()
                         select new { u.Id, u.UserName, u.DisplayName, u.Role, u.IsDisabled, u.JurisdictionCode, u.DepartmentId, Department = d == null ? null : d.Name })
            .FirstOrDefaultAsync(ct)
            ?? throw new ApplicationInputException(ErrorCode.NotFound, Actor.UserField, AppText.UserNotFound());
        if (row.IsDisabled)
            throw new ApplicationInputException(ErrorCode.Forbidden, Actor.UserField, AppText.AccountIsDisabled(row.UserName));
        var role = UserRoles.Parse(row.Role)
            ?? throw new ApplicationInputException(ErrorCode.Forbidden, Actor.UserField, AppText.UnknownRole(row.UserName, row.Role));
        return new Actor(row.Id, row.UserName, row.DisplayName, role, row.JurisdictionCode, row.DepartmentId, row.Department);
    }
}
