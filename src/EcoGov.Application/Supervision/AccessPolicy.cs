using EcoGov.Core.Supervision;

namespace EcoGov.Application.Supervision;

/// <summary>The actions the supervision operations check (docs/supervision.md §2 has the table).</summary>
public enum SupervisionAction
{
    /// <summary>Read the task ledger, its states and accepted (published) reports.</summary>
    ReadLedger,
    /// <summary>Read a report that is not accepted yet (submitted or returned).</summary>
    ReadUnpublishedReport,
    /// <summary>Submit or revise a report for a department.</summary>
    SubmitReport,
    /// <summary>Accept or return a report.</summary>
    ReviewReport,
    /// <summary>Add or rename departments.</summary>
    ManageDepartments,
    /// <summary>Change a plan's supervision settings (due-soon window, heating-season start).</summary>
    EditPlanSettings,
    /// <summary>Add, list, disable users.</summary>
    ManageUsers,
    /// <summary>Read the whole audit log.</summary>
    ReadAuditLog,
    /// <summary>Issue a 预警函 from a warning candidate.</summary>
    IssueWarningLetter,
    /// <summary>Read a 预警函 and its reply (the office, leaders, and the receiving department).</summary>
    ReadWarningLetter,
    /// <summary>Answer a 预警函 with the 整改情况 (the receiving department; the plan office for a letter to no department).</summary>
    ReplyWarningLetter,
    /// <summary>Close (销号) or return a replied 预警函.</summary>
    CloseWarningLetter,
    /// <summary>Enter an indicator's actual value with its source (issue 10 item 2).</summary>
    EnterIndicatorActual,
    /// <summary>Import a plan from a workbook, or replace a plan's contents with one (issue 11 item 6).</summary>
    ImportPlan,
}

/// <summary>
/// Who may do what, where — the one place the supervision operations ask (enforced in the application layer, so the web
/// and the CLI refuse the same things; the pages only hide what this refuses). "Within" is the jurisdiction tree:
/// a user of 晋城市 works on 城区's plans, not the other way round.
/// </summary>
public static class AccessPolicy
{
    /// <param name="targetChain">The target jurisdiction and its ancestors (<c>PlanCatalog.AncestorsAndSelf</c>).</param>
    /// <param name="departmentId">The department the object belongs to (a report's), for reporters.</param>
    /// <param name="departments">For SubmitReport: the departments that may report on the subject (lead and cooperating).</param>
    public static bool Allows(
        Actor actor, SupervisionAction action, IReadOnlyCollection<string> targetChain, int? departmentId = null,
        IReadOnlyCollection<int>? departments = null)
    {
        // A report or a rectification is the department's own statement: nobody else, not even the administrator, makes it.
        if (actor.Role == UserRole.Administrator) return action is not (SupervisionAction.SubmitReport or SupervisionAction.ReplyWarningLetter);
        var within = actor.JurisdictionCode is { } j && targetChain.Contains(j);
        var own = targetChain.Count > 0 && actor.JurisdictionCode == targetChain.First();
        return action switch
        {
            SupervisionAction.ReadLedger => within,
            SupervisionAction.ReadUnpublishedReport => within && (actor.Role is UserRole.PlanOffice or UserRole.Leader
                || (actor.Role == UserRole.Reporter && departmentId is not null && actor.DepartmentId == departmentId)),
            SupervisionAction.SubmitReport => own && actor.Role == UserRole.Reporter && actor.DepartmentId is { } d
                && (departments?.Contains(d) ?? false) && (departmentId is null || departmentId == d),
            SupervisionAction.ReviewReport => within && actor.Role == UserRole.PlanOffice,
            SupervisionAction.ManageDepartments or SupervisionAction.EditPlanSettings or SupervisionAction.EnterIndicatorActual
                or SupervisionAction.ImportPlan => within && actor.Role == UserRole.PlanOffice,
            SupervisionAction.ManageUsers or SupervisionAction.ReadAuditLog => false,
            SupervisionAction.IssueWarningLetter or SupervisionAction.CloseWarningLetter => within && actor.Role == UserRole.PlanOffice,
            SupervisionAction.ReadWarningLetter => within && (actor.Role is UserRole.PlanOffice or UserRole.Leader
                || (actor.Role == UserRole.Reporter && departmentId is not null && actor.DepartmentId == departmentId)),
            SupervisionAction.ReplyWarningLetter => own && departmentId is { } dept
                ? actor.Role == UserRole.Reporter && actor.DepartmentId == dept
                : own && actor.Role == UserRole.PlanOffice,
            _ => false,
        };
    }

    /// <summary>As <see cref="Allows"/>, refusing with <see cref="ErrorCode.Forbidden"/> and a message that says why.</summary>
    public static void Demand(
        Actor actor, SupervisionAction action, IReadOnlyCollection<string> targetChain, int? departmentId = null,
        IReadOnlyCollection<int>? departments = null)
    {
        if (Allows(actor, action, targetChain, departmentId, departments)) return;
        var what = action switch
        {
            SupervisionAction.ReadLedger => AppText.ActionReadLedger,
            SupervisionAction.ReadUnpublishedReport => AppText.ActionReadUnpublishedReport,
            SupervisionAction.SubmitReport => AppText.ActionSubmitReport,
            SupervisionAction.ReviewReport => AppText.ActionReviewReport,
            SupervisionAction.ManageDepartments => AppText.ActionManageDepartments,
            SupervisionAction.EditPlanSettings => AppText.ActionEditPlanSettings,
            SupervisionAction.ManageUsers => AppText.ActionManageUsers,
            SupervisionAction.ReadAuditLog => AppText.ActionReadAuditLog,
            SupervisionAction.IssueWarningLetter => AppText.ActionIssueWarningLetter,
            SupervisionAction.ReadWarningLetter => AppText.ActionReadWarningLetter,
            SupervisionAction.ReplyWarningLetter => AppText.ActionReplyWarningLetter,
            SupervisionAction.CloseWarningLetter => AppText.ActionCloseWarningLetter,
            SupervisionAction.EnterIndicatorActual => AppText.ActionEnterIndicatorActual,
            SupervisionAction.ImportPlan => AppText.ActionImportPlan,
            _ => AppMessage.Verbatim(action.ToString()),
        };
        throw new ApplicationInputException(ErrorCode.Forbidden, Actor.UserField,
            AppText.NotAllowed(actor.UserName, UserRoles.DisplayName(actor.Role), what, action));
    }
}
