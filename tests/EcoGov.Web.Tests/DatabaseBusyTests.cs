using System.Net;
using Microsoft.Data.Sqlite;

namespace EcoGov.Web.Tests;

/// <summary>The app on a SQLite connection string whose busy timeout is 2 s, so that a held write lock shows quickly.</summary>
public sealed class BusyDatabaseFactory : EcoGovFactory
{
    protected override string DatabaseSetting(string file) =>
        new SqliteConnectionStringBuilder { DataSource = file, ForeignKeys = true, DefaultTimeout = 2 }.ToString();
}

/// <summary>
/// Hardening probe 1 on the web: while another process holds the database's write lock (a long import), pages and the API
/// still read (WAL), and a request that must write is answered 503 with Retry-After and a message, not a 500.
/// </summary>
[Trait("Category", "Probe")]
public sealed class DatabaseBusyTests(BusyDatabaseFactory factory) : IClassFixture<BusyDatabaseFactory>
{
    [Fact]
    public async Task Reads_go_on_and_a_write_is_answered_503_while_another_process_holds_the_write_lock()
    {
        var client = await factory.SignedInClient();
        await using var writer = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = factory.DatabaseFile, Pooling = false }.ToString());
        await writer.OpenAsync();
        await using (var begin = writer.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync();
        }
        try
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/plans")).StatusCode);
            // A failed sign-in is recorded on the user row: a write.
            var r = await EcoGovFactory.PostLogin(factory.NoRedirectClient(), "wrong-password");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode);
            Assert.NotNull(r.Headers.RetryAfter);
            var body = await r.Content.ReadAsStringAsync();
            Assert.Contains("数据库正被其他写入占用", body);
            Assert.Contains("database busy", body);
        }
        finally
        {
            await using var rollback = writer.CreateCommand();
            rollback.CommandText = "ROLLBACK";
            await rollback.ExecuteNonQueryAsync();
        }
        // Once the lock is gone the same request is answered normally.
        Assert.Equal(HttpStatusCode.OK, (await EcoGovFactory.PostLogin(factory.NoRedirectClient(), "wrong-password")).StatusCode);
    }
}
