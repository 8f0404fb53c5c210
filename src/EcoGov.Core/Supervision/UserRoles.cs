namespace EcoGov.Core.Supervision;

/// <summary>
/// 角色 what a user may do (issue 9; docs/supervision.md). Stored by <see cref="UserRoles.Name"/>; never renamed.
/// </summary>
public enum UserRole
{
    /// <summary>系统管理员: accounts, departments, the audit log; everything a plan office may do, everywhere.</summary>
    Administrator,
    /// <summary>规划办（调度办公室）: dispatches its jurisdiction's plans — accepts or returns reports, edits departments — in its jurisdiction and below.</summary>
    PlanOffice,
    /// <summary>部门填报员: reports its own department's tasks and projects, and reads its own department's reports.</summary>
    Reporter,
    /// <summary>领导: reads everything of its jurisdiction and below, changes nothing.</summary>
    Leader,
}

/// <summary>The stored names and display names of <see cref="UserRole"/>, in one place.</summary>
public static class UserRoles
{
    public const string AdministratorName = "administrator";
    public const string PlanOfficeName = "plan-office";
    public const string ReporterName = "reporter";
    public const string LeaderName = "leader";

    public static IReadOnlyList<UserRole> All { get; } = [UserRole.Administrator, UserRole.PlanOffice, UserRole.Reporter, UserRole.Leader];

    /// <summary>The name stored in the user row and the sign-in cookie, and typed in `users add --role`.</summary>
    public static string Name(UserRole role) => role switch
    {
        UserRole.Administrator => AdministratorName,
        UserRole.PlanOffice => PlanOfficeName,
        UserRole.Reporter => ReporterName,
        UserRole.Leader => LeaderName,
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>Reads a stored or typed name (exact, lower case); null for anything else.</summary>
    public static UserRole? Parse(string? name) => name switch
    {
        AdministratorName => UserRole.Administrator,
        PlanOfficeName => UserRole.PlanOffice,
        ReporterName => UserRole.Reporter,
        LeaderName => UserRole.Leader,
        _ => null,
    };

    /// <summary>The role as users read it.</summary>
    public static string DisplayName(UserRole role) => role switch
    {
        UserRole.Administrator => "系统管理员",
        UserRole.PlanOffice => "规划调度办公室",
        UserRole.Reporter => "部门填报员",
        UserRole.Leader => "领导",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>The display name of a stored name; an unknown one is shown as stored.</summary>
    public static string DisplayName(string stored) => Parse(stored) is { } role ? DisplayName(role) : stored;

    /// <summary>Whether the role needs a department (a reporter reports for one).</summary>
    public static bool NeedsDepartment(UserRole role) => role == UserRole.Reporter;
}
