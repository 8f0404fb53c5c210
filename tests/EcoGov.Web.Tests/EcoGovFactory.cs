using System.Net;
using System.Text.RegularExpressions;
using EcoGov.Data;
using EcoGov.Data.Entities;
using EcoGov.Data.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EcoGov.Web.Tests;

/// <summary>The real web app on a throwaway SQLite file, with a known administrator password.</summary>
public partial class EcoGovFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "测试密码-Test-2026";

    /// <summary>A test request's client address: TestServer has none, so tests name one in this header.</summary>
    public const string TestAddressHeader = "X-Test-Remote-Address";

    private readonly string dir = Path.Combine(Path.GetTempPath(), "ecogov-web-" + Guid.NewGuid().ToString("N"));

    /// <summary>
    /// The per-address sign-in limit (POST /Login per minute). The shipped default (10) would stop test classes that sign
    /// in more often than that within a minute, all from TestServer's one (absent) address; <see cref="RateLimitedFactory"/>
    /// keeps the default.
    /// </summary>
    protected virtual string? AddressPermitsPerMinute => "1000";

    /// <summary>The web app's SQLite file.</summary>
    public string DatabaseFile => Path.Combine(dir, "web.db");

    /// <summary>
    /// The database setting given to the app: the file path, or a new PostgreSQL database when the run asks for one
    /// (<see cref="Testing.TestStores"/>; a connection string of its own in <see cref="BusyDatabaseFactory"/>).
    /// </summary>
    protected virtual string DatabaseSetting(string file) => Testing.TestStores.Setting(file);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(dir);
        var setting = DatabaseSetting(DatabaseFile);
        builder.UseSetting("EcoGov:Database", setting);
        if (EcoGovDatabase.IsPostgreSql(setting))
        {
            // logs and sign-in keys of this app here, not in the repository's data/ folder (a PostgreSQL store's default)
            builder.UseSetting("EcoGov:LogDirectory", Path.Combine(dir, "logs"));
            builder.ConfigureTestServices(s => s.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dir, "keys"))));
        }
        builder.UseSetting("EcoGov:AdminPassword", AdminPassword);
        if (AddressPermitsPerMinute is { } permits) builder.UseSetting("EcoGov:SignIn:AddressPermitsPerMinute", permits);
        builder.UseEnvironment("Production");
        builder.ConfigureTestServices(s => s.AddTransient<IStartupFilter, TestAddressStartupFilter>());
    }

    public HttpClient NoRedirectClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>
    /// A client signed in as admin through the real login form (with its antiforgery token), sending the API's antiforgery
    /// header with every request (<see cref="SendAntiforgeryHeader"/>).
    /// </summary>
    public async Task<HttpClient> SignedInClient()
    {
        var client = NoRedirectClient();
        var response = await PostLogin(client, AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await SendAntiforgeryHeader(client);
        return client;
    }

    /// <summary>
    /// After sign-in: takes the request token from GET /api/antiforgery (which also sets the antiforgery cookie in the
    /// client's cookie container) and sends it in the RequestVerificationToken header of every later request, as the
    /// site's scripts do (ApiAntiforgery). Returns the token.
    /// </summary>
    public static async Task<string> SendAntiforgeryHeader(HttpClient client)
    {
        var response = await client.GetAsync("/api/antiforgery");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var header = json.RootElement.GetProperty("headerName").GetString()!;
        var token = json.RootElement.GetProperty("token").GetString()!;
        Assert.NotEmpty(token);
        client.DefaultRequestHeaders.Remove(header);
        client.DefaultRequestHeaders.Add(header, token);
        return token;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    /// <summary>The antiforgery token of a page's form.</summary>
    public static async Task<string> FormToken(HttpClient client, string page)
    {
        var token = TokenPattern().Match(await client.GetStringAsync(page)).Groups[1].Value;
        Assert.NotEmpty(token);
        return token;
    }

    /// <summary>Opens the login form and posts it with its antiforgery token, as a browser would.</summary>
    public static Task<HttpResponseMessage> PostLogin(HttpClient client, string password, string? returnUrl = null) =>
        PostLoginAs(client, "admin", password, returnUrl);

    /// <summary>Opens the login form and posts it for <paramref name="userName"/> with its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostLoginAs(HttpClient client, string userName, string password, string? returnUrl = null)
    {
        var token = await FormToken(client, returnUrl is null ? "/Login" : "/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        var fields = new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password, ["__RequestVerificationToken"] = token };
        if (returnUrl is not null) fields["ReturnUrl"] = returnUrl;
        return await client.PostAsync("/Login", new FormUrlEncodedContent(fields));
    }

    /// <summary>Adds a user straight to the database (role "officer" unless given) and returns its id.</summary>
    public int CreateUser(string userName, string password, string role = "officer")
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcoGovDbContext>();
        var user = new UserEntity { UserName = userName, DisplayName = userName, Role = role, PasswordHash = PasswordHashing.Hash(password) };
        db.Users.Add(user);
        db.SaveChanges();
        return user.Id;
    }

    /// <summary>Changes one user row in the database, as another request or an administrator would.</summary>
    public void UpdateUser(string userName, Action<UserEntity> change)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcoGovDbContext>();
        change(db.Users.Single(u => u.UserName == userName));
        db.SaveChanges();
    }

    /// <summary>Deletes one user row.</summary>
    public void DeleteUser(string userName)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcoGovDbContext>();
        db.Users.Remove(db.Users.Single(u => u.UserName == userName));
        db.SaveChanges();
    }

    /// <summary>The user row as stored now (not tracked).</summary>
    public UserEntity? FindUser(string userName)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcoGovDbContext>();
        return db.Users.AsEnumerable().SingleOrDefault(u => u.UserName == userName);
    }

    /// <summary>
    /// A digest of every row of every table of the app's SQLite file, sign-in state aside (failure counts, stamps): equal
    /// before and after a refused request when the store is unchanged.
    /// </summary>
    public string StoreDigest()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = DatabaseFile, Mode = Microsoft.Data.Sqlite.SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }
        var text = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = table == "users" ? "SELECT \"Id\", \"UserName\", \"Role\", \"IsDisabled\", \"PasswordHash\" FROM users ORDER BY 1" : $"SELECT * FROM \"{table}\" ORDER BY 1";
            using var reader = select.ExecuteReader();
            text.Append(table).Append('\n');
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++) text.Append(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                text.Append('\n');
            }
        }
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString()))) + $" ({tables.Count} tables)";
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    /// <summary>The requests to /test/hold waiting, by name; complete one to let it answer.</summary>
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TaskCompletionSource> Held = new();

    /// <summary>
    /// Sets the connection's remote address from <see cref="TestAddressHeader"/> before the app's own pipeline, and adds a
    /// failing path after it.
    /// </summary>
    private sealed class TestAddressStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext ctx, RequestDelegate following) =>
            {
                if (ctx.Request.Headers.TryGetValue(TestAddressHeader, out var value) && IPAddress.TryParse(value, out var address))
                    ctx.Connection.RemoteIpAddress = address;
                return following(ctx);
            });
            next(app);
            // Reached only when the app found no endpoint: a request to /test/throw fails inside the app's pipeline
            // (behind its exception handler), for tests of error responses.
            app.Use((HttpContext ctx, RequestDelegate following) =>
                ctx.Request.Path == "/test/throw" ? throw new InvalidOperationException("test failure") : following(ctx));
            // /test/hold?until=NAME: holds its request permit until the test releases NAME (RequestGateTests).
            app.Use(async (HttpContext ctx, RequestDelegate following) =>
            {
                if (ctx.Request.Path != "/test/hold") { await following(ctx); return; }
                await Held.GetOrAdd(ctx.Request.Query["until"].ToString(), _ => new TaskCompletionSource()).Task;
                await ctx.Response.WriteAsync("released");
            });
        };
    }
}

/// <summary>The app with the shipped per-address sign-in limit.</summary>
public sealed class RateLimitedFactory : EcoGovFactory
{
    protected override string? AddressPermitsPerMinute => null;
}

/// <summary>A clock the test moves by hand: registered as the app's TimeProvider (sign-in lockouts, cookie lifetimes).</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private long ticks = start.UtcTicks;
    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);
    public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
}

/// <summary>The app on a <see cref="ManualClock"/> that starts now, with its log kept in <see cref="Log"/>.</summary>
public sealed class ClockedFactory : EcoGovFactory
{
    public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);
    public LogSink Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(l => l.AddProvider(Log));
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>Keeps every log entry (level, category, message) of the app.</summary>
public sealed class LogSink : ILoggerProvider
{
    private readonly List<(LogLevel Level, string Category, string Message)> entries = [];

    public IReadOnlyList<(LogLevel Level, string Category, string Message)> Entries
    {
        get { lock (entries) return [.. entries]; }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(LogSink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            lock (sink.entries) sink.entries.Add((logLevel, category, formatter(state, exception)));
        }
    }
}
