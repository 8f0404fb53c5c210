using EcoGov.Data;
using EcoGov.Data.Entities;
using EcoGov.Data.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EcoGov.Application.Users;

/// <summary>登录限制 the sign-in policy: lockout after consecutive failures, and the per-address request limit.</summary>
public sealed class SignInPolicy
{
    /// <summary>Consecutive failures that lock an account (the 5th, 10th, … failure locks it).</summary>
    public int MaxFailures { get; set; } = 5;

    /// <summary>How long a lockout lasts, in minutes.</summary>
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Sign-in attempts (POST /Login) allowed per client address in a sliding minute; more are answered 429.</summary>
    public int AddressPermitsPerMinute { get; set; } = 10;

    /// <summary>How many unknown user names <see cref="UnknownUserFailures"/> tracks at most.</summary>
    public int MaxTrackedUnknownNames { get; set; } = 10_000;

    public TimeSpan LockoutDuration => TimeSpan.FromMinutes(LockoutMinutes);
}

public enum SignInOutcome
{
    SignedIn,

    /// <summary>用户名或密码不正确 wrong password, or no such user (the two are never told apart).</summary>
    Failed,

    /// <summary>账户已临时锁定 the account (or the unknown name) is locked; the password was not accepted.</summary>
    LockedOut,

    /// <summary>账户已停用 the password was right but the account is disabled.</summary>
    Disabled,
}

/// <summary>The answer to one sign-in attempt: the user when signed in, the time left when locked out.</summary>
/// <summary>The user a sign-in succeeded for: what the sign-in cookie carries (the stamp is checked on every request).</summary>
public sealed record SignedInUser(int Id, string UserName, string DisplayName, string Role, string SecurityStamp)
{
    public static SignedInUser Of(UserEntity user) => new(user.Id, user.UserName, user.DisplayName, user.Role, user.SecurityStamp);
}

public sealed record SignInAttempt(SignInOutcome Outcome, SignedInUser? User = null, TimeSpan LockedFor = default)
{
    /// <summary>Whole minutes left of the lockout, rounded up (at least 1).</summary>
    public int LockedMinutes => Math.Max(1, (int)Math.Ceiling(LockedFor.TotalMinutes));
}

/// <summary>
/// 登录 signing in, with throttling that does not reveal which user names exist:
/// <list type="bullet">
/// <item>every attempt costs one PBKDF2 of the same cost (a dummy hash when the user does not exist, see
/// <see cref="PasswordHashing.VerifyOrDummy"/>), also while the account is locked;</item>
/// <item>the 5th, 10th, … consecutive failure locks the account for 15 minutes (<see cref="SignInPolicy"/>), stored on the user
/// row (FailedSignIns, LockedUntilUtc); attempts during a lockout are refused, even with the right password, and do not
/// count or extend it;</item>
/// <item>unknown names are counted the same way in memory (<see cref="UnknownUserFailures"/>), so they "lock" identically
/// and the answers for a real and an unknown name are the same text;</item>
/// <item>a success resets the count; an administrator can unlock (<see cref="UserAccounts"/>).</item>
/// </list>
/// The per-address limit (10 a minute) is the web app's rate limiter, in front of this service.
/// </summary>
public sealed class SignInService(
    EcoGovDbContext db, UnknownUserFailures unknown, SignInPolicy policy, TimeProvider clock, ILogger<SignInService> log)
{
    /// <summary>How often a sign-in re-reads the row when concurrent attempts changed it first (then it answers Failed).</summary>
    private const int MaxRetries = 20;

    public async Task<SignInAttempt> SignInAsync(string userName, string password, string? address, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        // Not tracked: every change below is one UPDATE on the row, so a context that lives longer than one request
        // never works from (or writes back) a stale copy of the counters.
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == userName, ct);
        // One PBKDF2 of the same cost on every path: an unknown name, a locked account and a real one take as long.
        var passwordMatches = PasswordHashing.VerifyOrDummy(password, user?.PasswordHash);
        if (user is null) return UnknownUser(userName, now, address);
        // Every write below is conditional on the failure count this attempt read (optimistic concurrency): attempts sent
        // together cannot all pass a lock check made before their password checks — the one whose write finds the count
        // changed re-reads the row, and if a concurrent failure locked it meanwhile, it is refused like any other attempt
        // during a lockout, even with the right password.
        for (var attempt = 0; attempt < MaxRetries; attempt++)
        {
            if (user.LockedUntilUtc is { } lockedUntil && lockedUntil > now) return new(SignInOutcome.LockedOut, LockedFor: lockedUntil - now);
            if (!passwordMatches)
            {
                if (await Failure(user, now, address, ct) is { } failed) return failed;
            }
            else if (user.IsDisabled)
            {
                log.LogWarning("Sign-in refused: account {UserName} is disabled (from {Address})", user.UserName, address);
                return new(SignInOutcome.Disabled);
            }
            else if (await Success(user, ct)) return new(SignInOutcome.SignedIn, SignedInUser.Of(user));
            user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id, ct);
        }
        log.LogWarning("Sign-in for {UserName} gave up after {Retries} concurrent changes of its row (from {Address})", user.UserName, MaxRetries, address);
        return new(SignInOutcome.Failed);
    }

    /// <summary>The right password: the count and lockout are cleared if the row is still as read; false when it changed.</summary>
    private async Task<bool> Success(UserEntity user, CancellationToken ct)
    {
        var read = user.FailedSignIns;
        // A row from before the SecurityStamp column has an empty stamp, which no session accepts: give it one.
        var stamp = string.IsNullOrEmpty(user.SecurityStamp) ? SecurityStamps.New() : user.SecurityStamp;
        var changed = await db.Users.Where(u => u.Id == user.Id && u.FailedSignIns == read).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.FailedSignIns, 0)
            .SetProperty(u => u.LockedUntilUtc, (DateTimeOffset?)null)
            .SetProperty(u => u.SecurityStamp, u => u.SecurityStamp == "" ? stamp : u.SecurityStamp), ct);
        if (changed == 0) return false;
        user.FailedSignIns = 0;
        user.LockedUntilUtc = null;
        user.SecurityStamp = await db.Users.Where(u => u.Id == user.Id).Select(u => u.SecurityStamp).SingleAsync(ct);
        return true;
    }

    /// <summary>
    /// A wrong password for a real account: the count goes up and, on every <see cref="SignInPolicy.MaxFailures"/>th
    /// failure, the lockout is set — in one UPDATE conditional on the count this attempt read, so concurrent failures
    /// count one by one and none passes a lockout another set. Null when the row changed first (the caller re-reads).
    /// </summary>
    private async Task<SignInAttempt?> Failure(UserEntity user, DateTimeOffset now, string? address, CancellationToken ct)
    {
        var max = policy.MaxFailures;
        var read = user.FailedSignIns;
        DateTimeOffset? until = (read + 1) % max == 0 ? now + policy.LockoutDuration : user.LockedUntilUtc;
        var changed = await db.Users.Where(u => u.Id == user.Id && u.FailedSignIns == read).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.FailedSignIns, read + 1)
            .SetProperty(u => u.LockedUntilUtc, until), ct);
        if (changed == 0) return null;
        if ((read + 1) % max != 0) return new(SignInOutcome.Failed);
        log.LogWarning("Sign-in lockout: account {UserName} locked until {LockedUntilUtc:u} after {Failures} consecutive failures (last from {Address})",
            user.UserName, until, read + 1, address);
        return new(SignInOutcome.LockedOut, LockedFor: until!.Value - now);
    }

    private SignInAttempt UnknownUser(string userName, DateTimeOffset now, string? address)
    {
        var (lockedUntil, failures, lockedNow) = unknown.RecordFailure(userName, now, policy);
        if (lockedUntil is not { } until) return new(SignInOutcome.Failed);
        if (lockedNow)
            log.LogWarning("Sign-in lockout: unknown user name {UserName} locked until {LockedUntilUtc:u} after {Failures} consecutive failures (last from {Address})",
                userName, until, failures, address);
        return new(SignInOutcome.LockedOut, LockedFor: until - now);
    }
}

/// <summary>
/// Failed sign-ins for user names that have no account, kept in memory so that such a name "locks" exactly like a real
/// one (same counting, same lockout, same messages). Bounded: at most <see cref="SignInPolicy.MaxTrackedUnknownNames"/>
/// names; when full, names that are not locked are dropped, oldest failure first. Names longer than 256 characters are
/// counted under one shared key. Lost on restart, as the lockout of a real account is not.
/// </summary>
public sealed class UnknownUserFailures
{
    private const int MaxNameLength = 256;
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    private sealed class Entry
    {
        public int Failures;
        public DateTimeOffset? LockedUntil;
        public DateTimeOffset LastFailure;
    }

    public int Count
    {
        get { lock (gate) return entries.Count; }
    }

    /// <summary>
    /// Records an attempt for <paramref name="userName"/> (which has no account) and returns the lockout end when the
    /// name is locked (already, or by this failure: <c>LockedNow</c>), and the failures counted.
    /// </summary>
    public (DateTimeOffset? LockedUntil, int Failures, bool LockedNow) RecordFailure(string userName, DateTimeOffset now, SignInPolicy policy)
    {
        var key = userName.Length > MaxNameLength ? "\0long" : userName;
        lock (gate)
        {
            if (!entries.TryGetValue(key, out var e))
            {
                if (entries.Count >= policy.MaxTrackedUnknownNames) Prune(now, policy.MaxTrackedUnknownNames / 2);
                e = new Entry();
                entries[key] = e;
            }
            if (e.LockedUntil is { } until && until > now) return (until, e.Failures, false);
            e.Failures++;
            e.LastFailure = now;
            if (e.Failures % policy.MaxFailures != 0) return (null, e.Failures, false);
            e.LockedUntil = now + policy.LockoutDuration;
            return (e.LockedUntil, e.Failures, true);
        }
    }

    private void Prune(DateTimeOffset now, int keep)
    {
        var drop = entries.Where(p => p.Value.LockedUntil is not { } u || u <= now)
            .OrderBy(p => p.Value.LastFailure).Take(Math.Max(1, entries.Count - keep)).Select(p => p.Key).ToList();
        foreach (var k in drop) entries.Remove(k);
    }
}
