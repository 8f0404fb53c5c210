using System.Globalization;
using System.Text.Json;
using EcoGov.Core;
using EcoGov.Core.Supervision;
using EcoGov.Core.Text;
using EcoGov.Data;
using EcoGov.Data.Entities;
using EcoGov.Data.Queries;
using EcoGov.Reports.Supervision;
using Microsoft.EntityFrameworkCore;

namespace EcoGov.Application.Supervision;

/// <summary>`warnings issue --plan ID --unit NAME --as-of D [--reply-by D]` / POST /api/plans/{id}/warning-letters.</summary>
public sealed record IssueLetterRequest(string? Plan, string? Unit, string? AsOf, string? ReplyBy)
{
    public const string PlanField = "plan", UnitField = "unit", AsOfField = "asOf", ReplyByField = "replyBy";
}

/// <summary>`warnings reply --letter ID --text T` / POST /api/warning-letters/{id}/reply: the receiving unit's 整改情况.</summary>
public sealed record LetterReplyRequest(int? Letter, string? Text)
{
    public const string LetterField = "letter", TextField = "text";
}

/// <summary>`warnings close --letter ID (--close|--return) [--comment C]` / POST /api/warning-letters/{id}/close.</summary>
public sealed record LetterCloseRequest(int? Letter, string? Decision, string? Comment)
{
    public const string DecisionField = "decision", CommentField = "comment";
    public const string Close = "close", Return = "return";
}

/// <summary>`report warning --plan ID --unit NAME --as-of D --out F.docx` / GET /api/plans/{id}/warning-letter?unit=&amp;asOf=.</summary>
public sealed record LetterDocumentRequest(string? Plan, string? Unit, string? AsOf);

/// <summary>A task the letter lists: the unit's overdue or unreported task as it stood on the day.</summary>
public sealed record LetterItemView(int Seq, string Reference, string Text, string Deadline, string State, string Reason);

/// <summary>A 预警函 as both hosts show it; <c>replyOverdue</c> when it still awaits the reply after its deadline.</summary>
public sealed record WarningLetterView(
    int Id, string Number, string Title, string PlanId, string JurisdictionCode, string IssuingJurisdictionCode, string IssuingOffice, string Unit, int? DepartmentId,
    string Level, WarningLevel LevelCode, string Period, string AsOf, string IssuedOn, string ReplyBy, string IssuedBy, DateTimeOffset IssuedAtUtc,
    IReadOnlyList<WarningReasonView> Reasons, IReadOnlyList<LetterItemView> Items,
    WarningLetterState State, string StateName, bool ReplyOverdue, string? Reply, string? RepliedBy, DateTimeOffset? RepliedAtUtc,
    string? Comment, string? ClosedBy, DateTimeOffset? ClosedAtUtc);

/// <summary>
/// 预警函 (issue 10 item 1, second half; 002 line 110): the plan office issues a letter to a unit the warning rule names
/// (<see cref="WarningService"/>) — numbered per issuing jurisdiction and year, dated, with the candidate's level, reasons
/// and tasks as they stood on the day; the receiving department answers with its rectification (整改情况); the office
/// closes it (销号) or returns it. Every step is in the audit trail, in the same transaction. docs/supervision.md §8.
/// </summary>
public sealed class WarningLetterService(
    EcoGovDbContext db, PlanCatalog catalog, PlanAccess access, WarningService warnings, TaskLedgerService ledger, AuditTrail audit, TimeProvider clock)
{
    public const string ObjectType = "warningLetter";
    private static readonly TaskState[] ListedStates = [TaskState.Overdue, TaskState.NotReported];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        // Reason kinds stored by name, like every enum of the store: reordering the enum cannot change a letter sent.
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>What the letter column <c>reasons</c> holds: the reasons and the listed tasks.</summary>
    private sealed record Content(List<WarningReasonView> Reasons, List<LetterItemView> Items);

    public async Task<WarningLetterView> IssueAsync(Actor actor, IssueLetterRequest request, CancellationToken ct = default)
    {
        var plan = await access.PlanAsync(request.Plan, IssueLetterRequest.PlanField, ct);
        var chain = await access.ChainAsync(plan.JurisdictionCode, IssueLetterRequest.PlanField, ct);
        AccessPolicy.Demand(actor, SupervisionAction.IssueWarningLetter, chain);
        if (RequestValues.Absent(request.Unit))
            throw new ApplicationInputException(ErrorCode.Required, IssueLetterRequest.UnitField, AppText.UnitIsRequired());
        var today = ChinaTime.Today(clock);
        var asOf = RequestValues.OptionalDate(request.AsOf, IssueLetterRequest.AsOfField, AppText.LabelAssessmentDate) ?? today;
        if (asOf > today)
            throw new ApplicationInputException(ErrorCode.OutOfRange, IssueLetterRequest.AsOfField,
                AppText.DayIsInFuture(asOf.ToText(), today.ToText()));
        var (candidate, items, report) = await CandidateAsync(actor, plan.Id, request.Unit!, asOf, IssueLetterRequest.UnitField, ct);
        var places = await PlacesAsync(ct);
        var jurisdictionName = places.GetValueOrDefault(plan.JurisdictionCode) ?? plan.JurisdictionCode;
        // A letter to the jurisdiction itself (its targets behind) comes from the level above, not from its own office.
        if (candidate.Unit == jurisdictionName && actor.Role != UserRole.Administrator && actor.JurisdictionCode == plan.JurisdictionCode)
            throw new ApplicationInputException(ErrorCode.Forbidden, Actor.UserField,
                AppText.LetterToOwnJurisdiction(jurisdictionName));
        var replyBy = RequestValues.OptionalDate(request.ReplyBy, IssueLetterRequest.ReplyByField, AppText.LabelReplyBy) ?? today.AddDays(WarningLetters.DefaultReplyDays);
        if (replyBy < today || replyBy > today.AddDays(WarningLetters.MaxReplyDays))
            throw new ApplicationInputException(ErrorCode.OutOfRange, IssueLetterRequest.ReplyByField,
                AppText.ReplyDeadlineOutOfRange(today.ToText(), WarningLetters.MaxReplyDays));
        var issuing = await IssuingAsync(actor, plan.JurisdictionCode, candidate.Unit == jurisdictionName, ct);
        var issuingName = places.GetValueOrDefault(issuing) ?? issuing;
        var department = await db.Departments.AsNoTracking()
            .Where(d => d.JurisdictionCode == plan.JurisdictionCode && d.Name == candidate.Unit).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
        var content = JsonSerializer.Serialize(new Content([.. candidate.Reasons], items), Json);

        // The sequence is the issuing jurisdiction's next number for the year; two offices racing for it meet the unique
        // index, and the loser takes the next one.
        for (var attempt = 0; ; attempt++)
        {
            await RefuseDuplicateAsync(plan.Id, candidate.Unit, report.Period, ct);
            var sequence = 1 + (await db.WarningLetters.Where(l => l.IssuingJurisdictionCode == issuing && l.Year == today.Year)
                .MaxAsync(l => (int?)l.Sequence, ct) ?? 0);
            var row = new WarningLetterEntity
            {
                PlanId = plan.Id,
                JurisdictionCode = plan.JurisdictionCode,
                IssuingJurisdictionCode = issuing,
                Year = today.Year,
                Sequence = sequence,
                Number = WarningLetters.Number(issuingName, today.Year, sequence),
                Unit = candidate.Unit,
                DepartmentId = department,
                Level = candidate.LevelCode,
                Period = report.Period,
                AsOf = asOf,
                IssuedOn = today,
                ReplyBy = replyBy,
                Reasons = content,
                IssuedById = actor.UserId,
                IssuedAtUtc = clock.GetUtcNow(),
                State = WarningLetterState.Issued,
            };
            try
            {
                await audit.InTransactionAsync(async () =>
                {
                    db.WarningLetters.Add(row);
                    await db.SaveChangesAsync(ct);
                    audit.Add(actor, "letter.issue", ObjectType, Id(row.Id),
                        new AuditChange("number", null, row.Number), new AuditChange("unit", null, row.Unit),
                        new AuditChange("level", null, candidate.Level), new AuditChange("period", null, row.Period),
                        new AuditChange("replyBy", null, row.ReplyBy.ToText()));
                    return row.Id;
                }, ct);
                db.ChangeTracker.Clear();
                return await LetterAsync(actor, row.Id, ct);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                if (attempt >= 3)
                    throw new ApplicationInputException(ErrorCode.Conflict, IssueLetterRequest.UnitField,
                        AppText.LetterNumberWasTakenMeanwhileTry());
            }
        }
    }

    /// <summary>The letters the actor may read — of one plan when given (all of them for the office, its own for a department).</summary>
    public async Task<IReadOnlyList<WarningLetterView>> ListAsync(Actor actor, string? planId, CancellationToken ct = default)
    {
        var q = db.WarningLetters.AsNoTracking();
        if (!RequestValues.Absent(planId))
        {
            var plan = await access.PlanAsync(planId, IssueLetterRequest.PlanField, ct);
            AccessPolicy.Demand(actor, SupervisionAction.ReadLedger, await access.ChainAsync(plan.JurisdictionCode, IssueLetterRequest.PlanField, ct));
            q = q.Where(l => l.PlanId == plan.Id);
        }
        var rows = await q.OrderByDescending(l => l.IssuedOn).ThenByDescending(l => l.Id).ToListAsync(ct);
        var names = await UserNamesAsync(rows, ct);
        var places = await PlacesAsync(ct);
        var readable = new List<WarningLetterEntity>();
        foreach (var l in rows)
            if (await MayReadAsync(actor, l, ct)) readable.Add(l);
        return [.. readable.Select(l => View(l, names, places))];
    }

    /// <summary>
    /// The letters of a plan issued for a period, all of them (the dispatch report's list: the caller checked that the
    /// actor may read the plan's ledger, and the report is the same document whoever prints it), in order of issue.
    /// </summary>
    public async Task<IReadOnlyList<WarningLetterView>> OfPeriodAsync(string planId, string period, CancellationToken ct = default)
    {
        var rows = await db.WarningLetters.AsNoTracking().Where(l => l.PlanId == planId && l.Period == period).OrderBy(l => l.Id).ToListAsync(ct);
        var names = await UserNamesAsync(rows, ct);
        var places = await PlacesAsync(ct);
        return [.. rows.Select(l => View(l, names, places))];
    }

    /// <summary>One letter, when the actor may read it.</summary>
    public async Task<WarningLetterView> LetterAsync(Actor actor, int id, CancellationToken ct = default)
    {
        var row = await FindAsync(id, ct);
        AccessPolicy.Demand(actor, SupervisionAction.ReadWarningLetter, await ChainAsync(row, ct), row.DepartmentId);
        return View(row, await UserNamesAsync([row], ct), await PlacesAsync(ct));
    }

    /// <summary>
    /// The receiving department's 整改情况 (a letter addressed to no department: the plan office of its jurisdiction answers).
    /// The change is conditional on the letter still awaiting its reply, so two answers at once cannot both land.
    /// </summary>
    public async Task<WarningLetterView> ReplyAsync(Actor actor, LetterReplyRequest request, CancellationToken ct = default)
    {
        var row = await FindAsync(request.Letter, ct);
        AccessPolicy.Demand(actor, SupervisionAction.ReplyWarningLetter, await ChainAsync(row, ct), row.DepartmentId);
        if (row.State != WarningLetterState.Issued)
            throw new ApplicationInputException(ErrorCode.Conflict, LetterReplyRequest.LetterField,
                AppText.LetterNotOpenForReply(row.Number, WarningLetters.Name(row.State), row.State));
        var text = RequestValues.FreeText(request.Text, LetterReplyRequest.TextField, AppText.LabelRectification, WarningLetters.ReplyChars)!;
        var now = clock.GetUtcNow();
        await audit.InTransactionAsync(async () =>
        {
            var changed = await db.WarningLetters.Where(l => l.Id == row.Id && l.State == WarningLetterState.Issued).ExecuteUpdateAsync(u => u
                .SetProperty(l => l.Reply, text)
                .SetProperty(l => l.RepliedById, actor.UserId)
                .SetProperty(l => l.RepliedAtUtc, now)
                .SetProperty(l => l.State, WarningLetterState.Replied), ct);
            if (changed == 0) throw Meanwhile(row);
            audit.Add(actor, "letter.reply", ObjectType, Id(row.Id), new AuditChange("reply", row.Reply, text),
                new AuditChange("state", nameof(WarningLetterState.Issued), nameof(WarningLetterState.Replied)));
            return changed;
        }, ct);
        return await LetterAsync(actor, row.Id, ct);
    }

    /// <summary>
    /// The issuing side closes a replied letter (销号), or returns it for more rectification with a comment and a new reply
    /// deadline (<see cref="WarningLetters.DefaultReplyDays"/> days from today). Conditional on the letter still being
    /// replied, so a close and a return at once cannot both land.
    /// </summary>
    public async Task<WarningLetterView> CloseAsync(Actor actor, LetterCloseRequest request, CancellationToken ct = default)
    {
        var row = await FindAsync(request.Letter, ct);
        // Closing is the issuer's: the office that sent it, or one above it — never the warned jurisdiction's own office.
        AccessPolicy.Demand(actor, SupervisionAction.CloseWarningLetter, await access.ChainAsync(row.IssuingJurisdictionCode, LetterReplyRequest.LetterField, ct));
        var decision = request.Decision?.Trim().ToLowerInvariant();
        if (decision is not (LetterCloseRequest.Close or LetterCloseRequest.Return))
            throw new ApplicationInputException(RequestValues.Absent(request.Decision) ? ErrorCode.Required : ErrorCode.InvalidValue,
                LetterCloseRequest.DecisionField, AppText.DecisionMustBeCloseOrReturn());
        if (row.State != WarningLetterState.Replied)
            throw new ApplicationInputException(ErrorCode.Conflict, LetterReplyRequest.LetterField,
                AppText.OnlyRepliedLetterCanBeClosed(row.Number, WarningLetters.Name(row.State)));
        var comment = RequestValues.FreeText(request.Comment, LetterCloseRequest.CommentField, AppText.LabelDecisionComment, WarningLetters.CommentChars, required: decision == LetterCloseRequest.Return);
        var close = decision == LetterCloseRequest.Close;
        var to = close ? WarningLetterState.Closed : WarningLetterState.Issued;
        var replyBy = close ? row.ReplyBy : ChinaTime.Today(clock).AddDays(WarningLetters.DefaultReplyDays);
        var now = clock.GetUtcNow();
        await audit.InTransactionAsync(async () =>
        {
            var changed = await db.WarningLetters.Where(l => l.Id == row.Id && l.State == WarningLetterState.Replied).ExecuteUpdateAsync(u => u
                .SetProperty(l => l.State, to)
                .SetProperty(l => l.Comment, comment)
                .SetProperty(l => l.ClosedById, actor.UserId)
                .SetProperty(l => l.ClosedAtUtc, now)
                .SetProperty(l => l.ReplyBy, replyBy), ct);
            if (changed == 0) throw Meanwhile(row);
            List<AuditChange> changes = [new("state", nameof(WarningLetterState.Replied), to.ToString()), new("comment", row.Comment, comment)];
            if (!close) changes.Add(new("replyBy", row.ReplyBy.ToText(), replyBy.ToText()));
            audit.Add(actor, close ? "letter.close" : "letter.return", ObjectType, Id(row.Id), [.. changes]);
            return changed;
        }, ct);
        return await LetterAsync(actor, row.Id, ct);
    }

    private static ApplicationInputException Meanwhile(WarningLetterEntity row) =>
        new(ErrorCode.Conflict, LetterReplyRequest.LetterField, AppText.LetterChangedMeanwhile(row.Number));

    /// <summary>
    /// The jurisdiction whose office issues (and numbers) a letter: the actor's; for the administrator, the plan's — but a
    /// letter to the jurisdiction itself always comes from the level above it.
    /// </summary>
    private async Task<string> IssuingAsync(Actor actor, string planJurisdiction, bool toJurisdictionItself, CancellationToken ct)
    {
        if (actor.JurisdictionCode is { } own && !(toJurisdictionItself && own == planJurisdiction)) return own;
        var chain = await access.ChainAsync(planJurisdiction, IssueLetterRequest.PlanField, ct);
        return toJurisdictionItself && chain.Count > 1 ? chain[1] : planJurisdiction;
    }

    /// <summary>
    /// The letter to a unit for the period due on a day as a .docx: the issued letter (its number, dates, reasons and tasks as
    /// issued) when there is one, else a draft from today's candidate with the number left blank for the office to fill.
    /// </summary>
    public async Task<RenderedFile> DocumentAsync(Actor actor, LetterDocumentRequest request, CancellationToken ct = default)
    {
        var plan = await access.PlanAsync(request.Plan, IssueLetterRequest.PlanField, ct);
        var chain = await access.ChainAsync(plan.JurisdictionCode, IssueLetterRequest.PlanField, ct);
        AccessPolicy.Demand(actor, SupervisionAction.ReadLedger, chain);
        if (RequestValues.Absent(request.Unit))
            throw new ApplicationInputException(ErrorCode.Required, IssueLetterRequest.UnitField, AppText.UnitIsRequired());
        var today = ChinaTime.Today(clock);
        var asOf = RequestValues.OptionalDate(request.AsOf, IssueLetterRequest.AsOfField, AppText.LabelAssessmentDate) ?? today;
        var period = ReportingPeriod.DueOn(asOf).ToString();
        var unit = request.Unit!.Trim();
        var issued = await db.WarningLetters.AsNoTracking()
            .Where(l => l.PlanId == plan.Id && l.Period == period && (l.Unit == unit || l.Unit == DepartmentNames.Normalize(unit))).FirstOrDefaultAsync(ct);
        WarningLetterData data;
        if (issued is not null)
        {
            AccessPolicy.Demand(actor, SupervisionAction.ReadWarningLetter, await ChainAsync(issued, ct), issued.DepartmentId);
            var v = View(issued, await UserNamesAsync([issued], ct), await PlacesAsync(ct));
            data = await DataAsync(plan, v.IssuingOffice, v.Number, v.Unit, v.Level, v.LevelCode, v.Period, issued.AsOf, issued.IssuedOn, issued.ReplyBy, v.Reasons, v.Items, draft: false, ct);
        }
        else
        {
            var (candidate, items, report) = await CandidateAsync(actor, plan.Id, unit, asOf, IssueLetterRequest.UnitField, ct);
            var places = await PlacesAsync(ct);
            var issuing = await IssuingAsync(actor, plan.JurisdictionCode, candidate.Unit == (places.GetValueOrDefault(plan.JurisdictionCode) ?? plan.JurisdictionCode), ct);
            data = await DataAsync(plan, Office(issuing, places), $"{places.GetValueOrDefault(issuing) ?? issuing}环委办预警〔{today.Year}〕  号", candidate.Unit,
                candidate.Level, candidate.LevelCode, report.Period, asOf, today, today.AddDays(WarningLetters.DefaultReplyDays), candidate.Reasons, items, draft: true, ct);
        }
        using var ms = new MemoryStream();
        WarningLetterDocument.WriteDocx(ms, data);
        return new RenderedFile(ms.ToArray(), DispatchReportService.DocxType, $"{plan.Id}-预警函-{data.Unit}-{data.Period}.docx");
    }

    private async Task<WarningLetterData> DataAsync(
        Core.Plans.Plan plan, string office, string number, string unit, string level, WarningLevel levelCode, string period, DateOnly asOf,
        DateOnly issuedOn, DateOnly replyBy, IReadOnlyList<WarningReasonView> reasons, IReadOnlyList<LetterItemView> items, bool draft, CancellationToken ct)
    {
        var rule = (await catalog.SupervisionRulesAsync(plan.Id, ct) ?? []).SelectMany(r => r.Triggers).FirstOrDefault(t => t.Level == SupervisionLevel.WarningLetter);
        // The evidence names tasks by reference (chengqu-2023-air/24); a letter names them as the plan does (第24项).
        var reference = new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(plan.Id) + "/([0-9]+)");
        return new WarningLetterData(office, number, unit, level, levelCode, plan.Title, plan.DocNumber, rule?.Condition, period, asOf, issuedOn, replyBy,
            [.. reasons.Select(r => (r.Message, reference.Replace(r.Evidence, "第$1项")))], [.. items.Select(i => new WarningLetterItem(i.Seq, i.Text, i.Deadline, i.State, i.Reason))], draft);
    }

    /// <summary>The unit's candidate on the day, and its overdue or unreported tasks; a unit that is no candidate is refused on <paramref name="field"/>.</summary>
    private async Task<(WarningCandidateView Candidate, List<LetterItemView> Items, WarningReport Report)> CandidateAsync(
        Actor actor, string planId, string unit, DateOnly asOf, string field, CancellationToken ct)
    {
        var l = await ledger.LedgerAsync(actor, new LedgerRequest(planId, asOf.ToText()), ct);
        var report = await warnings.CandidatesAsync(actor, l, ct);
        var name = unit.Trim();
        var candidate = report.Candidates.FirstOrDefault(c => c.Unit == name)
            ?? report.Candidates.FirstOrDefault(c => c.Unit == DepartmentNames.Normalize(name))
            ?? throw new ApplicationInputException(ErrorCode.InvalidValue, field,
                AppText.NotWarningCandidateForPeriod(UserText.Quote(name), report.Period, asOf.ToText(), (report.Candidates.Count == 0 ? (object)AppText.LabelNone : string.Join("、", report.Candidates.Select(c => c.Unit)))));
        // The tasks behind the candidate's own reasons: overdue ones when it is warned for them, unreported ones when the plan
        // counts not reporting as a reason.
        var listed = ListedStates.Where(s => candidate.Reasons.Any(r => r.Kind == (s == TaskState.Overdue ? WarningReasonKind.TaskOverdue : WarningReasonKind.TaskNotReported))).ToList();
        var items = l.Rows.Where(r => listed.Contains(r.State) && r.LeadDepartments.Contains(candidate.Unit))
            .OrderBy(r => listed.IndexOf(r.State)).ThenBy(r => r.Task.Seq)
            .Select(r => new LetterItemView(r.Task.Seq, r.Reference, r.Task.Text, r.Task.Deadline?.Text ?? "", r.StateName, r.Reason)).ToList();
        return (candidate, items, report);
    }

    private async Task RefuseDuplicateAsync(string planId, string unit, string period, CancellationToken ct)
    {
        var existing = await db.WarningLetters.AsNoTracking().Where(l => l.PlanId == planId && l.Unit == unit && l.Period == period)
            .Select(l => l.Number).FirstOrDefaultAsync(ct);
        if (existing is not null)
            throw new ApplicationInputException(ErrorCode.Conflict, IssueLetterRequest.UnitField,
                AppText.LetterForThisUnitAndPeriod(unit, period, existing));
    }

    private async Task<WarningLetterEntity> FindAsync(int? id, CancellationToken ct)
    {
        if (id is not { } n)
            throw new ApplicationInputException(ErrorCode.Required, LetterReplyRequest.LetterField, AppText.LetterIdIsRequired());
        return await db.WarningLetters.AsNoTracking().FirstOrDefaultAsync(l => l.Id == n, ct)
            ?? throw new ApplicationInputException(ErrorCode.NotFound, LetterReplyRequest.LetterField, AppText.NoSuchLetter(n));
    }

    private Task<IReadOnlyList<string>> ChainAsync(WarningLetterEntity l, CancellationToken ct) => access.ChainAsync(l.JurisdictionCode, LetterReplyRequest.LetterField, ct);

    private async Task<bool> MayReadAsync(Actor actor, WarningLetterEntity l, CancellationToken ct) =>
        AccessPolicy.Allows(actor, SupervisionAction.ReadWarningLetter, [.. await ChainAsync(l, ct)], l.DepartmentId);

    /// <summary>The jurisdictions' names by code (the offices' and the letters' headings).</summary>
    private async Task<IReadOnlyDictionary<string, string>> PlacesAsync(CancellationToken ct) =>
        (await catalog.JurisdictionsAsync(ct)).ToDictionary(j => j.Jurisdiction.Code, j => j.Jurisdiction.Name, StringComparer.Ordinal);

    private static string Office(string jurisdiction, IReadOnlyDictionary<string, string> places) => $"{places.GetValueOrDefault(jurisdiction) ?? jurisdiction}生态环境保护委员会办公室";

    private async Task<Dictionary<int, string>> UserNamesAsync(IReadOnlyCollection<WarningLetterEntity> rows, CancellationToken ct)
    {
        var ids = rows.SelectMany(l => new[] { l.IssuedById, l.RepliedById ?? 0, l.ClosedById ?? 0 }).Where(i => i != 0).Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName, ct);
    }

    private WarningLetterView View(WarningLetterEntity l, Dictionary<int, string> users, IReadOnlyDictionary<string, string> places)
    {
        var content = JsonSerializer.Deserialize<Content>(l.Reasons, Json) ?? new Content([], []);
        string? Name(int? id) => id is { } i ? users.GetValueOrDefault(i, "#" + Id(i)) : null;
        return new WarningLetterView(l.Id, l.Number, WarningLetterDocument.Title(l.Unit, l.Level), l.PlanId, l.JurisdictionCode, l.IssuingJurisdictionCode, Office(l.IssuingJurisdictionCode, places), l.Unit, l.DepartmentId,
            WarningEvaluator.Name(l.Level), l.Level, l.Period, l.AsOf.ToText(), l.IssuedOn.ToText(), l.ReplyBy.ToText(), Name(l.IssuedById)!, l.IssuedAtUtc,
            content.Reasons, content.Items, l.State, WarningLetters.Name(l.State),
            l.State == WarningLetterState.Issued && ChinaTime.Today(clock) > l.ReplyBy, l.Reply, Name(l.RepliedById), l.RepliedAtUtc,
            l.Comment, Name(l.ClosedById), l.ClosedAtUtc);
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
