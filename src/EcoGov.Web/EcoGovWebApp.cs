using System.Text.Json;
using System.Text.Json.Serialization;
using EcoGov.Application;
using EcoGov.Application.Startup;
using EcoGov.Data;
using EcoGov.Data.Queries;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace EcoGov.Web;

/// <summary>The web app's composition root: services, auth, pages and the API.</summary>
public static class EcoGovWebApp
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        // appsettings.json < the file named by ECOGOV_CONFIG < environment variables < command line (docs/operations.md).
        HostOperations.AddConfigurationFile(builder, args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);

        var paths = EcoGovPaths.Locate(AppContext.BaseDirectory);
        // A SQLite file path, or a PostgreSQL connection string (Host=… or postgres://…): see EcoGovDatabase.IsPostgreSql.
        var dbSetting = builder.Configuration.GetConnectionString("EcoGov") ?? builder.Configuration["EcoGov:Database"]
            ?? Environment.GetEnvironmentVariable("ECOGOV_DB") ?? paths.DefaultDatabaseFile;
        builder.Services.AddSingleton(paths);
        // Built once (it creates the data folder), not on every request's context.
        var connectionString = EcoGovDatabase.ConnectionString(dbSetting);
        // keys/ (data protection) lives here; ./ecogov backup takes it from the same place (EcoGovDatabase.KeysDirectory).
        var dataFolder = EcoGovDatabase.DataFolder(dbSetting, paths);
        // Serilog: CLEF to {data folder}/logs (EcoGov:LogDirectory) and the console; the request id on every event.
        HostOperations.AddLogging(builder, dataFolder);
        HostOperations.AddHealth(builder.Services);
        // The database may be down at start (PostgreSQL not up yet): the host starts anyway and initialises it when it answers.
        builder.Services.AddSingleton<DatabaseStartup>();
        builder.Services.AddSingleton(RequestGate.FromConfiguration(builder.Configuration));
        builder.Services.AddHostedService<DatabaseStartupRetry>();
        builder.Services.AddDbContext<EcoGovDbContext>(o => EcoGovDatabase.Configure(o, connectionString));
        // The site vertex cap (选址顶点上限), EcoGov:Zoning:MaxSiteVertices; the other zoning input limits are ZoningInputLimits.
        builder.Services.AddSingleton(new Spatial.Zoning.Assessment.SiteLimits(
            builder.Configuration.GetValue("EcoGov:Zoning:MaxSiteVertices", Spatial.Zoning.ZoningInputLimits.SiteVertices)));
        // The OpenAPI document of /api at /openapi/v1.json (signed-in users only, as /api itself: OpenApiDocument).
        builder.Services.AddOpenApi(OpenApiDocument.Configure);
        builder.Services.AddSingleton<LayerUploadStash>();
        // Every application operation (Application.ApplicationServices), over the request scope's context.
        builder.Services.AddEcoGovApplication();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CurrentActor>();
        // 界面语言: Chinese by default, English by the culture cookie; the text from the catalogue (WebLocalization, SharedText).
        builder.Services.AddWebLocalization();
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Login");
            o.Conventions.AllowAnonymousToPage("/Error");
            // 公众选址预判: the one page for the public (PublicWeb); rate-limited by its model's attribute.
            o.Conventions.AllowAnonymousToPage("/Public");
            o.Conventions.AuthorizeFolder("/Admin", SignInWeb.AdministratorPolicy);
        }).AddCatalogueAnnotations();
        builder.AddSignIn();
        builder.AddPublicPrecheck();
        // X-Frame-Options is set on every response (SecurityHeaders), not only on pages with a form. The API takes the token
        // in a header (ApiAntiforgery); its cookie is Secure over HTTPS (SameAsRequest, HTTPS as ForwardedHeaders sees it).
        builder.Services.AddAntiforgery(o =>
        {
            o.SuppressXFrameOptionsHeader = true;
            o.HeaderName = ApiAntiforgery.HeaderName;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // The scheme (X-Forwarded-Proto) and client address (X-Forwarded-For) from a trusted reverse proxy only
        // (EcoGov:TrustedProxies, loopback by default): HSTS and Secure cookies follow the scheme the user connected with.
        TransportSecurity.AddTransportSecurity(builder);
        // No "Server: Kestrel": the server software is nobody's business.
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        // Sign-in cookies survive a restart: keys live beside the data, not in the user's profile.
        builder.Services.AddDataProtection()
            .SetApplicationName("EcoGov")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataFolder, "keys")));
        // Chinese text goes out as characters, not &#x…; entities (readable source, smaller pages).
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        });

        var app = builder.Build();
        // Before anything that looks at the scheme or the client address (HSTS, cookies, the sign-in limit).
        app.UseForwardedHeaders();
        // First after that, so that every response carries them, error pages and static files included.
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            // Strict-Transport-Security on HTTPS answers only — TLS to Kestrel or to a trusted proxy (docs/operations.md).
            app.UseHsts();
        }
        app.UseRequestLogging();
        app.UseDatabaseBusyAnswer();
        app.UseStaticFiles();
        // The culture cookie only (WebLocalization): without it, Chinese whatever the browser's Accept-Language.
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        // Every state-changing call with the sign-in cookie to a non-page endpoint needs the antiforgery header.
        app.UseApiAntiforgery();
        app.MapRazorPages();
        app.MapLanguage();
        app.MapAntiforgeryApi();
        app.MapPlanApi();
        app.MapPlanWorkbookApi();
        app.MapMonitoringApi();
        app.MapZoningApi();
        app.MapSupervisionApi();
        app.MapEvaluationApi();
        app.MapDashboardApi();
        app.MapPublicApi();
        app.MapOpenApiDocument();
        // /health/live and /health/ready: anonymous, status only (HostOperations).
        app.MapHealth();
        return app;
    }

    /// <summary>
    /// Migrates and seeds the database, and prints the URL and the first administrator's credentials. When the database is
    /// unavailable the start goes on: requests are answered 503 and the initialisation is retried (<see cref="DatabaseStartup"/>);
    /// a broken seed file still stops it (<see cref="Data.Seeding.SeedFileException"/>).
    /// </summary>
    public static async Task InitializeDatabaseAsync(WebApplication app)
    {
        var startup = app.Services.GetRequiredService<DatabaseStartup>();
        startup.Attach(ct => InitializeAsync(app, ct));
        await startup.InitializeNowAsync();
    }

    /// <summary>
    /// <see cref="EcoGovDatabase.Initialize"/> with the application layer's seed geometry (<see cref="EcoGovStartup"/>; synchronous: it runs under the initialisation lock), then the demo data
    /// through the application layer's import.
    /// </summary>
    private static async Task InitializeAsync(WebApplication app, CancellationToken ct)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcoGovDbContext>();
        var paths = scope.ServiceProvider.GetRequiredService<EcoGovPaths>();
        var log = app.Services.GetRequiredService<ILoggerFactory>();
        var (seed, admin) = EcoGovStartup.Initialize(db, paths, log,
            app.Configuration["EcoGov:AdminPassword"] ?? Environment.GetEnvironmentVariable("ECOGOV_ADMIN_PASSWORD"));
        var logger = log.CreateLogger("EcoGov");
        logger.LogInformation("Database {Database}: seed imported {Imported}, unchanged {Unchanged}",
            EcoGovDatabase.Describe(db), seed.Imported.Count, seed.Unchanged.Count);
        // 示意数据 (issue 13): with EcoGov:DemoData or ECOGOV_DEMO_DATA=1 (run.sh sets it) generated air data and water samples populate the
        // dashboard of a store without monitoring data; idempotent, and skipped where real data were imported.
        if ((app.Configuration["EcoGov:DemoData"] ?? Environment.GetEnvironmentVariable("ECOGOV_DEMO_DATA")) is "1" or "true")
        {
            var demo = await Application.Dashboard.DemoMonitoringData.EnsureAsync(db, ct);
            logger.LogInformation("Demo air data (示意数据): {Stored} hours stored, {Unchanged} already stored; water: {Samples} samples stored, {SamplesUnchanged} already stored",
                demo.Stations.Sum(s => s.Stored), demo.Stations.Sum(s => s.Unchanged), demo.Sections.Sum(s => s.Stored), demo.Sections.Sum(s => s.Unchanged));
        }
        var credentialsFile = EcoGovDatabase.CredentialsFile(db, paths);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var urls = string.Join(", ", app.Urls);
            var credentials = admin is not null
                ? $"用户名 user: {admin.UserName}\n  密码 password: {admin.Password}\n  （已保存到 saved in {admin.CredentialsFile}）"
                : File.Exists(credentialsFile)
                    ? File.ReadAllText(credentialsFile).Trim().Replace("\n", "\n  ") + $"\n  （见 see {credentialsFile}；如已修改密码则以新密码为准）"
                    : "管理员已存在 / administrator exists";
            // Written to stdout on purpose: this is the message the run command exists to show.
            Console.Out.WriteLine($"\nEcoGov 已启动 / is running: {urls}\n  {credentials}\n");
        });
    }
}
