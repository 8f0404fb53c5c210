using EcoGov.Cli.Tests;
using EcoGov.Data;
using EcoGov.Testing;
using EcoGov.Web.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EcoGov.Application.Tests;

/// <summary>
/// This suite runs twice in test.sh: on SQLite, and with <c>ECOGOV_TEST_STORE=postgresql</c> on PostgreSQL. Both hosts
/// really are on the store the run names (so the second run cannot pass on SQLite by mistake).
/// </summary>
public sealed class TestStoreTests
{
    [Fact]
    public async Task Both_hosts_run_on_the_store_the_run_names()
    {
        using var cli = new CliRunner();
        var (exit, _, stderr) = cli.Run("plans", "--json");
        Assert.True(exit == 0, stderr);
        await using (var db = new EcoGovDbContext(EcoGovDatabase.Options(EcoGovDatabase.ConnectionString(cli.Db))))
            Assert.Equal(TestStores.PostgreSql, db.Database.IsNpgsql());

        await using var web = new EcoGovFactory();
        using var client = await web.SignedInClient();
        using var scope = web.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<EcoGovDbContext>();
        Assert.Equal(TestStores.PostgreSql, store.Database.IsNpgsql());
        Assert.Equal(8, await store.Plans.CountAsync());
    }
}
