using EcoGov.Data.Entities;
using EcoGov.Application.Users;
using EcoGov.Data.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcoGov.Data.Tests;

/// <summary>
/// Defects 9 and 10 (hardening) in the store: lockout counting and the session check, on SQLite and PostgreSQL (the
/// single-statement UPDATE with its CASE, and DateTimeOffset round trips, are provider-specific SQL).
/// </summary>
public abstract class SignInServiceTests
{
    protected abstract TestStore NewStore();

    private sealed class Clock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static readonly DateTimeOffset Start = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    private sealed record Harness(EcoGovDbContext Db, Clock Clock, UnknownUserFailures Unknown, SignInPolicy Policy)
    {
        public SignInService SignIn() => new(Db, Unknown, Policy, Clock, NullLogger<SignInService>.Instance);
        public UserAccounts Accounts() => new(Db, Clock, NullLogger<UserAccounts>.Instance);
        public UserEntity Row(string name) => Db.Users.AsNoTracking().Single(u => u.UserName == name);
    }

    private static Harness Open(TestStore store)
    {
        var db = store.Open();
        db.Database.Migrate();
        db.Users.Add(new UserEntity { UserName = "officer", DisplayName = "科员", Role = "officer", PasswordHash = PasswordHashing.Hash("right") });
        db.SaveChanges();
        return new Harness(db, new Clock(Start), new UnknownUserFailures(), new SignInPolicy());
    }

    [Fact]
    public async Task Concurrent_wrong_passwords_stop_counting_at_the_lockout_and_a_concurrent_right_one_cannot_clear_it()
    {
        // Review finding: the lock was checked before the (slow) password check and the writes were unconditional, so
        // attempts sent together were all evaluated and a right guess among them cleared the lockout the others had set.
        using var store = NewStore();
        var h = Open(store);
        using var _ = h.Db;
        const int attempts = 12;
        using var start = new Barrier(attempts);
        var outcomes = new SignInOutcome[attempts];
        var tasks = Enumerable.Range(0, attempts).Select(i => Task.Factory.StartNew(() =>
        {
            using var db = store.Open();
            var service = new SignInService(db, h.Unknown, h.Policy, h.Clock, NullLogger<SignInService>.Instance);
            start.SignalAndWait();
            outcomes[i] = service.SignInAsync("officer", "wrong", "198.51.100." + i).GetAwaiter().GetResult().Outcome;
        }, TaskCreationOptions.LongRunning)).ToArray();
        Assert.True(Task.WaitAll(tasks, TimeSpan.FromMinutes(2)));
        var row = h.Row("officer");
        Assert.Equal(5, row.FailedSignIns); // counted one by one up to the lockout, not 12
        Assert.Equal(Start.AddMinutes(15), row.LockedUntilUtc);
        Assert.Equal(4, outcomes.Count(o => o == SignInOutcome.Failed));
        Assert.Equal(attempts - 4, outcomes.Count(o => o == SignInOutcome.LockedOut));
        // The right password is refused during the lockout the concurrent failures set.
        var right = await h.SignIn().SignInAsync("officer", "right", null);
        Assert.Equal(SignInOutcome.LockedOut, right.Outcome);
    }

    [Fact]
    public async Task Five_failures_lock_for_fifteen_minutes_and_a_success_afterwards_resets_the_count()
    {
        using var store = NewStore();
        var h = Open(store);
        using var _ = h.Db;
        for (var i = 1; i <= 4; i++) Assert.Equal(SignInOutcome.Failed, (await h.SignIn().SignInAsync("officer", "wrong", "192.0.2.1")).Outcome);
        var fifth = await h.SignIn().SignInAsync("officer", "wrong", "192.0.2.1");
        Assert.Equal(SignInOutcome.LockedOut, fifth.Outcome);
        Assert.Equal(15, fifth.LockedMinutes);
        var row = h.Row("officer");
        Assert.Equal(5, row.FailedSignIns);
        Assert.Equal(Start.AddMinutes(15), row.LockedUntilUtc);

        // During the lockout: the right password is refused; nothing counts or extends the lockout.
        h.Clock.Now = Start.AddMinutes(14).AddSeconds(1);
        var right = await h.SignIn().SignInAsync("officer", "right", null);
        Assert.Equal(SignInOutcome.LockedOut, right.Outcome);
        Assert.Equal(1, right.LockedMinutes);
        Assert.Null(right.User);
        await h.SignIn().SignInAsync("officer", "wrong", null);
        Assert.Equal(5, h.Row("officer").FailedSignIns);
        Assert.Equal(Start.AddMinutes(15), h.Row("officer").LockedUntilUtc);

        h.Clock.Now = Start.AddMinutes(15);
        var after = await h.SignIn().SignInAsync("officer", "right", null);
        Assert.Equal(SignInOutcome.SignedIn, after.Outcome);
        Assert.Equal("officer", after.User!.UserName);
        Assert.Equal(0, h.Row("officer").FailedSignIns);
        Assert.Null(h.Row("officer").LockedUntilUtc);
    }

    [Fact]
    public async Task Five_more_failures_after_a_lockout_lock_again()
    {
        using var store = NewStore();
        var h = Open(store);
        using var _ = h.Db;
        for (var i = 1; i <= 5; i++) await h.SignIn().SignInAsync("officer", "wrong", null);
        h.Clock.Now = Start.AddMinutes(16);
        for (var i = 6; i <= 9; i++) Assert.Equal(SignInOutcome.Failed, (await h.SignIn().SignInAsync("officer", "wrong", null)).Outcome);
        Assert.Equal(SignInOutcome.LockedOut, (await h.SignIn().SignInAsync("officer", "wrong", null)).Outcome);
        Assert.Equal(10, h.Row("officer").FailedSignIns);
        Assert.Equal(Start.AddMinutes(31), h.Row("officer").LockedUntilUtc);

        Assert.True(await h.Accounts().UnlockAsync(h.Row("officer").Id, "admin"));
        Assert.Equal(0, h.Row("officer").FailedSignIns);
        Assert.Null(h.Row("officer").LockedUntilUtc);
        Assert.Equal(SignInOutcome.SignedIn, (await h.SignIn().SignInAsync("officer", "right", null)).Outcome);
    }

    [Fact]
    public async Task An_unknown_name_gets_the_same_outcomes_as_a_real_one()
    {
        using var store = NewStore();
        var h = Open(store);
        using var _ = h.Db;
        for (var i = 1; i <= 6; i++)
        {
            var real = await h.SignIn().SignInAsync("officer", "wrong", null);
            var unknown = await h.SignIn().SignInAsync("no-such-officer", "wrong", null);
            Assert.Equal(real.Outcome, unknown.Outcome);
            Assert.Equal(real.LockedMinutes, unknown.LockedMinutes);
        }
        Assert.Equal(1, h.Unknown.Count);
    }

    [Fact]
    public async Task A_disabled_account_with_the_right_password_is_told_so_and_not_signed_in()
    {
        using var store = NewStore();
        var h = Open(store);
        using var _ = h.Db;
        var id = h.Row("officer").Id;
        var stamp = h.Row("officer").SecurityStamp;
        Assert.True(await h.Accounts().SetDisabledAsync(id, true, "admin"));
        Assert.NotEqual(stamp, h.Row("officer").SecurityStamp);
        Assert.Equal(SignInOutcome.Disabled, (await h.SignIn().SignInAsync("officer", "right", null)).Outcome);
        Assert.Equal(SignInOutcome.Failed, (await h.SignIn().SignInAsync("officer", "wrong", null)).Outcome);
        Assert.True(await h.Accounts().SetDisabledAsync(id, false, "admin"));
        Assert.Equal(SignInOutcome.SignedIn, (await h.SignIn().SignInAsync("officer", "right", null)).Outcome);
        Assert.False(await h.Accounts().SetDisabledAsync(id + 1000, true, "admin"));
    }

    [Fact]
    public async Task A_session_is_valid_only_for_an_existing_enabled_user_with_the_same_stamp_and_role()
    {
        using var store = NewStore();
        var h = Open(store);
        using var _ = h.Db;
        var user = h.Row("officer");
        var accounts = h.Accounts();
        Assert.Equal(32, user.SecurityStamp.Length);
        Assert.True(await accounts.IsSessionValidAsync(user.Id, user.SecurityStamp, "officer"));
        Assert.False(await accounts.IsSessionValidAsync(user.Id, user.SecurityStamp, EcoGov.Core.Supervision.UserRoles.AdministratorName));
        Assert.False(await accounts.IsSessionValidAsync(user.Id, "", "officer"));
        Assert.False(await accounts.IsSessionValidAsync(user.Id + 1000, user.SecurityStamp, "officer"));

        await accounts.EndSessionsAsync(user.Id);
        Assert.False(await accounts.IsSessionValidAsync(user.Id, user.SecurityStamp, "officer"));
        var renewed = h.Row("officer").SecurityStamp;
        Assert.True(await accounts.IsSessionValidAsync(user.Id, renewed, "officer"));

        await accounts.SetDisabledAsync(user.Id, true, "admin");
        Assert.False(await accounts.IsSessionValidAsync(user.Id, h.Row("officer").SecurityStamp, "officer"));
    }

    [Fact]
    public async Task A_user_row_from_before_the_migration_gets_a_stamp_at_its_next_sign_in()
    {
        using var store = NewStore();
        var h = Open(store);
        using var _ = h.Db;
        await h.Db.Users.ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, ""));
        Assert.False(await h.Accounts().IsSessionValidAsync(h.Row("officer").Id, "", "officer"));
        var signedIn = await h.SignIn().SignInAsync("officer", "right", null);
        Assert.Equal(SignInOutcome.SignedIn, signedIn.Outcome);
        Assert.Equal(32, h.Row("officer").SecurityStamp.Length);
    }
}

[Trait("Category", "Probe")]
public sealed class SignInServiceTestsSqlite : SignInServiceTests
{
    protected override TestStore NewStore() => new();
}

[Trait("Category", "Probe")]
public sealed class SignInServiceTestsPostgreSql(PostgresServer server) : SignInServiceTests, IClassFixture<PostgresServer>
{
    protected override TestStore NewStore() => server.NewStore();
}

/// <summary>The in-memory failures of unknown names stay bounded.</summary>
[Trait("Category", "Probe")]
public class UnknownUserFailuresTests
{
    [Fact]
    public void A_full_table_drops_the_oldest_names_that_are_not_locked()
    {
        var policy = new SignInPolicy { MaxTrackedUnknownNames = 100 };
        var failures = new UnknownUserFailures();
        var t = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 5; i++) failures.RecordFailure("locked-name", t, policy);
        for (var i = 0; i < 1000; i++) failures.RecordFailure($"name-{i}", t.AddMilliseconds(i), policy);
        Assert.InRange(failures.Count, 1, 100);
        // A locked name is kept while its lockout lasts; the newest names are kept, the oldest dropped.
        Assert.Equal((t.AddMinutes(15), 5, false), failures.RecordFailure("locked-name", t.AddMinutes(1), policy));
        Assert.Equal(2, failures.RecordFailure("name-999", t.AddMinutes(1), policy).Failures);
        Assert.Equal(1, failures.RecordFailure("name-0", t.AddMinutes(1), policy).Failures);
        // Very long names share one entry.
        failures.RecordFailure(new string('x', 300), t, policy);
        Assert.Equal(2, failures.RecordFailure(new string('y', 300), t, policy).Failures);
    }
}
