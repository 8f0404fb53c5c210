using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using EcoGov.Testing;

namespace EcoGov.Bench;

/// <summary>
/// `load [--users 50,200] [--seconds 60] [--think MS] [--postgres] [--no-import] [--import-every S] [--province]`: starts the published web app (artifacts/web, as
/// run.sh builds it) on a fresh store — SQLite, or PostgreSQL in a temporary cluster — seeded with the demo data (with
/// --province first filled by `ecogov demo province`: 11 cities, 150 stations × 3 years, 3,000 units per city), signs in,
/// and for each user count runs that many concurrent clients for the given time over loopback, each looping over the mix
/// below, while (unless --no-import) a `monitoring import` of a generated city-year runs in a loop beside it — back to back,
/// or with --import-every S one starting every S seconds (the national release is hourly; a store takes a write far less
/// often than back to back). Every import moves the store's write counter, so the dashboard recomputes after each. Reports per
/// request kind: count, throughput, p50/p95/p99/max, errors (any non-2xx or transport failure), and the server's peak RSS.
/// <list type="bullet">
/// <item>dashboard: GET / (驾驶舱 of 晋城市, as of the last day of data)</item>
/// <item>ledger: GET /Supervision/Ledger?plan=chengqu-2023-air&amp;asOf=2023-06-30 (a plan's task list)</item>
/// <item>point: POST /api/zoning/assess, a point in a control unit of 晋城市's demo layer, or with --province in one of
/// the 11 cities' unit layers (a random city, then a random unit; fixed seed per client)</item>
/// <item>polygon: POST /api/zoning/assess, a ~1 km² square at such a point</item>
/// </list>
/// The clients share one signed-in session (per-address sign-in throttling allows ten sign-ins a minute; every request is
/// still authenticated and its security stamp checked, as for separate users).
/// </summary>
public static class LoadRun
{
    private static readonly string[] Kinds = ["dashboard", "ledger", "point", "polygon"];

    public static async Task RunAsync(string[] args)
    {
        var users = Option(args, "--users", "50,200").Split(',').Select(u => int.Parse(u, CultureInfo.InvariantCulture)).ToList();
        var seconds = int.Parse(Option(args, "--seconds", "60"), CultureInfo.InvariantCulture);
        var postgres = args.Contains("--postgres");
        var import = !args.Contains("--no-import");
        var province = args.Contains("--province");
        var importEvery = int.Parse(Option(args, "--import-every", "0"), CultureInfo.InvariantCulture);
        // a user's pause between two requests (uniform in 0.5–1.5 × the value, ms); 0 = each client sends its next request at once;
        // several values (--think 0,1000) run every user count with each, on the same store
        var thinks = Option(args, "--think", "0").Split(',').Select(t => int.Parse(t, CultureInfo.InvariantCulture)).ToList();
        var home = Environment.GetEnvironmentVariable("ECOGOV_HOME") ?? Directory.GetCurrentDirectory();
        var web = Path.Combine(home, "artifacts", "web", "EcoGov.Web.dll");
        var cli = Path.Combine(home, "src", "EcoGov.Cli", "bin", "Release", "net10.0", "ecogov.dll");
        if (!File.Exists(web)) throw new FileNotFoundException("publish the web app first (./run.sh does, or dotnet publish src/EcoGov.Web -c Release -o artifacts/web)", web);
        if ((import || province) && !File.Exists(cli)) throw new FileNotFoundException("build the CLI first (dotnet build src/EcoGov.Cli -c Release)", cli);

        var dir = Directory.CreateTempSubdirectory("ecogov-load-");
        // The processes' ECOGOV_HOME: the repository's seed (linked, read only) under a data folder of the run's own, so
        // what the server writes beside a PostgreSQL store (key ring, first administrator's file) stays out of the repository.
        var runHome = Path.Combine(dir.FullName, "home");
        Directory.CreateDirectory(Path.Combine(runHome, "data"));
        Directory.CreateSymbolicLink(Path.Combine(runHome, "data", "seed"), Path.Combine(home, "data", "seed"));
        PostgresCluster? cluster = null;
        try
        {
            string db;
            if (postgres)
            {
                cluster = PostgresCluster.Start();
                using (var admin = new Npgsql.NpgsqlConnection(cluster.ConnectionString()))
                {
                    admin.Open();
                    using var create = admin.CreateCommand();
                    create.CommandText = "CREATE DATABASE load";
                    create.ExecuteNonQuery();
                }
                db = cluster.ConnectionString("load");
            }
            else db = Path.Combine(dir.FullName, "ecogov.db");
            const string password = "Load-test-Passw0rd!";
            if (province)
            {
                // The province data set, through the command the operators use; its files go beside the store.
                var outDir = Path.Combine(dir.FullName, "province");
                var watch = Stopwatch.StartNew();
                // first to open the store, it creates the administrator: with the password the server is started with
                var exit = Run(cli, runHome, db, ["demo", "province", "--out", outDir], CancellationToken.None, password);
                if (exit != 0) throw new InvalidOperationException($"ecogov demo province exited {exit} (its output: {Path.GetTempPath()}ecogov-load-ecogov-*.log)");
                sites = ProvinceSites(outDir);
                Console.WriteLine($"province data set generated and imported in {watch.Elapsed.TotalSeconds:F0} s ({sites.Count} cities, {sites.Sum(s => s.Count):N0} units)");
            }
            var port = 5400 + Random.Shared.Next(400);
            var url = $"http://127.0.0.1:{port}";
            var sw = Stopwatch.StartNew();
            using var server = Start("dotnet", [web, "--urls", url, "--contentRoot", Path.GetDirectoryName(web)!], runHome, db, password);
            using var probe = new HttpClient { BaseAddress = new Uri(url) };
            while (true)
            {
                if (server.HasExited) throw new InvalidOperationException($"the server exited ({server.ExitCode})");
                try { if ((await probe.GetAsync("/Login")).IsSuccessStatusCode) break; } catch (HttpRequestException) { }
                if (sw.Elapsed > TimeSpan.FromMinutes(5)) throw new TimeoutException("the server did not answer within 5 minutes");
                await Task.Delay(500);
            }
            Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores; store {(postgres ? "PostgreSQL (temporary cluster)" : "SQLite")}; " +
                              $"server up in {sw.Elapsed.TotalSeconds:F0} s (migrate, seed, demo data); {seconds} s per run; import beside: {(import ? importEvery > 0 ? $"every {importEvery} s" : "back to back" : "none")}; province: {province}");

            var (handler, token) = await SignInAsync(url, password);
            // Warm every page and endpoint once (the first request of each compiles its views and queries).
            using (var warm = Client(url, handler)) foreach (var k in Kinds) await SendAsync(warm, k, new Random(1), token);

            foreach (var (think, n) in thinks.SelectMany(t => users.Select(u => (t, u))))
            {
                using var importCts = new CancellationTokenSource();
                var importer = import ? Task.Run(() => ImportLoop(cli, runHome, db, dir.FullName, importEvery, importCts.Token)) : Task.FromResult(0);
                var peak = 0L;
                using var sampleCts = new CancellationTokenSource();
                var sampler = Task.Run(async () =>
                {
                    while (!sampleCts.IsCancellationRequested)
                    {
                        peak = Math.Max(peak, Rss(server.Id));
                        try { await Task.Delay(1000, sampleCts.Token); } catch (OperationCanceledException) { }
                    }
                });
                var samples = Kinds.ToDictionary(k => k, _ => new List<double>());
                var errors = Kinds.ToDictionary(k => k, _ => 0);
                var firstErrors = new List<string>();
                var end = DateTime.UtcNow.AddSeconds(seconds);
                var started = Stopwatch.StartNew();
                var clients = Enumerable.Range(0, n).Select(c => Task.Run(async () =>
                {
                    using var client = Client(url, handler);
                    var random = new Random(c + 7);
                    var mine = Kinds.ToDictionary(k => k, _ => new List<double>());
                    var bad = Kinds.ToDictionary(k => k, _ => 0);
                    for (int i = c; DateTime.UtcNow < end; i++)
                    {
                        var kind = Kinds[i % Kinds.Length];
                        var t = Stopwatch.GetTimestamp();
                        string? error;
                        try { error = await SendAsync(client, kind, random, token); }
                        catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { error = e.GetType().Name + ": " + e.Message; }
                        mine[kind].Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                        if (error is not null)
                        {
                            bad[kind]++;
                            lock (firstErrors) if (firstErrors.Count < 5) firstErrors.Add($"{kind}: {error}");
                        }
                        if (think > 0) await Task.Delay(think / 2 + random.Next(think + 1));
                    }
                    lock (samples)
                        foreach (var k in Kinds) { samples[k].AddRange(mine[k]); errors[k] += bad[k]; }
                })).ToList();
                await Task.WhenAll(clients);
                var elapsed = started.Elapsed.TotalSeconds;
                importCts.Cancel();
                var imports = await importer;
                sampleCts.Cancel();
                await sampler;

                Console.WriteLine();
                Console.WriteLine($"### {n} concurrent users{(think > 0 ? $" (think time {think / 2}–{think * 3 / 2} ms)" : " (no think time)")}, {elapsed:F0} s{(import ? $", {imports} monitoring imports (a city-year each) completed beside" : "")}; server peak RSS {peak / 1024:N0} MB");
                Console.WriteLine("| request | n | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |");
                Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
                foreach (var k in Kinds)
                {
                    var s = samples[k];
                    s.Sort();
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {k} | {s.Count:N0} | {s.Count / elapsed:F1} | {P(s, 0.50):F0} | {P(s, 0.95):F0} | {P(s, 0.99):F0} | {(s.Count > 0 ? s[^1] : 0):F0} | {errors[k]} |"));
                }
                var all = samples.Values.SelectMany(v => v).Count();
                Console.WriteLine($"| all | {all:N0} | {all / elapsed:F1} | | | | | {errors.Values.Sum()} |");
                foreach (var e in firstErrors) Console.WriteLine($"  error: {e}");
            }
            server.Kill(entireProcessTree: true);
        }
        finally
        {
            cluster?.Dispose();
            try { dir.Delete(recursive: true); } catch (IOException) { }
        }
    }

    private static string Option(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    private static double P(List<double> sorted, double q) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];

    private static Process Start(string file, string[] args, string home, string db, string password)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["ECOGOV_HOME"] = home;
        psi.Environment["ECOGOV_DB"] = db;
        psi.Environment["ECOGOV_ADMIN_PASSWORD"] = password;
        psi.Environment["ECOGOV_DEMO_DATA"] = "1";
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var p = Process.Start(psi)!;
        // The process's output, kept for reading after the run (errors the clients saw as 500 are logged there).
        var log = new StreamWriter(Path.Combine(Path.GetTempPath(), $"ecogov-load-{Path.GetFileNameWithoutExtension(args[0])}-{p.Id}.log")) { AutoFlush = true };
        p.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        p.Exited += (_, _) => { lock (log) log.Dispose(); };
        p.EnableRaisingEvents = true;
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    private static HttpClient Client(string url, HttpMessageHandler handler) =>
        new(handler, disposeHandler: false) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>Signs in as admin; returns the handler holding the session cookie and an antiforgery request token.</summary>
    private static async Task<(HttpMessageHandler Handler, string Token)> SignInAsync(string url, string password)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = 1000 };
        using var client = Client(url, handler);
        var login = await client.GetStringAsync("/Login");
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "admin",
            ["Password"] = password,
            ["__RequestVerificationToken"] = Token(login),
        });
        var r = await client.PostAsync("/Login", form);
        if (r.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"sign-in answered {(int)r.StatusCode}");
        var home = await client.GetStringAsync("/");
        return (handler, Token(home));
    }

    private static string Token(string html) =>
        Regex.Match(html, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"") is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException("no antiforgery token on the page");

    /// <summary>One request of the kind; null when it succeeded, else what went wrong.</summary>
    private static async Task<string?> SendAsync(HttpClient client, string kind, Random random, string token)
    {
        HttpResponseMessage r;
        switch (kind)
        {
            case "dashboard": r = await client.GetAsync("/"); break;
            case "ledger": r = await client.GetAsync("/Supervision/Ledger?plan=chengqu-2023-air&asOf=2023-06-30"); break;
            default:
                // a point inside a control unit chosen at random: of a random city with --province, else of the demo layer
                var city = sites is null ? Sites.Value : sites[random.Next(sites.Count)];
                var (lon, lat) = city[random.Next(city.Count)];
                var site = kind == "point"
                    ? $"\"{lon.ToString("F5", CultureInfo.InvariantCulture)},{lat.ToString("F5", CultureInfo.InvariantCulture)}\""
                    : Square(lon, lat);
                using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/zoning/assess"))
                {
                    request.Content = new StringContent($"{{\"site\":{site},\"industry\":\"2511\"}}", Encoding.UTF8, "application/json");
                    request.Headers.Add("RequestVerificationToken", token);
                    r = await client.SendAsync(request);
                }
                break;
        }
        using (r)
        {
            var body = await r.Content.ReadAsStringAsync();
            return r.IsSuccessStatusCode ? null : $"HTTP {(int)r.StatusCode} {body[..Math.Min(body.Length, 300)]}";
        }
    }

    /// <summary>With --province: per city, an interior point of every unit of its layer (units/*-units.geojson of `demo province`).</summary>
    private static List<List<(double Lon, double Lat)>>? sites;

    private static List<List<(double Lon, double Lat)>> ProvinceSites(string outDir) =>
        [.. Directory.GetFiles(Path.Combine(outDir, "units"), "*-units.geojson").Order(StringComparer.Ordinal).Select(UnitSites)];

    /// <summary>An interior point of every unit of the demo unit layer (data/seed/zoning/demo/units.geojson).</summary>
    private static readonly Lazy<List<(double Lon, double Lat)>> Sites = new(() =>
    {
        var home = Environment.GetEnvironmentVariable("ECOGOV_HOME") ?? Directory.GetCurrentDirectory();
        return UnitSites(Path.Combine(home, "data", "seed", "zoning", "demo", "units.geojson"));
    });

    /// <summary>An interior point of every unit of a unit layer GeoJSON file.</summary>
    private static List<(double Lon, double Lat)> UnitSites(string file)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(file));
        var factory = NetTopologySuite.NtsGeometryServices.Instance.CreateGeometryFactory();
        NetTopologySuite.Geometries.Polygon Polygon(System.Text.Json.JsonElement rings) =>
            factory.CreatePolygon(rings[0].EnumerateArray().Select(c => new NetTopologySuite.Geometries.Coordinate(c[0].GetDouble(), c[1].GetDouble())).ToArray());
        var result = new List<(double, double)>();
        foreach (var f in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            var g = f.GetProperty("geometry");
            var c = g.GetProperty("coordinates");
            var polygon = g.GetProperty("type").GetString() == "MultiPolygon" ? Polygon(c[0]) : Polygon(c);
            var p = polygon.InteriorPoint;
            result.Add((p.X, p.Y));
        }
        return result;
    }

    /// <summary>A GeoJSON polygon of about 1 km × 1 km at the point.</summary>
    private static string Square(double lon, double lat)
    {
        double dx = 0.0055, dy = 0.0045;
        string P(double x, double y) => string.Create(CultureInfo.InvariantCulture, $"[{x:F5},{y:F5}]");
        return $"{{\"type\":\"Polygon\",\"coordinates\":[[{P(lon, lat)},{P(lon + dx, lat)},{P(lon + dx, lat + dy)},{P(lon, lat + dy)},{P(lon, lat)}]]}}";
    }

    /// <summary>
    /// Generates and imports city-years (10 stations, a new year each time) until cancelled, one starting every
    /// <paramref name="every"/> seconds (0: back to back); returns how many completed.
    /// </summary>
    private static int ImportLoop(string cli, string home, string db, string dir, int every, CancellationToken stop)
    {
        var done = 0;
        for (var year = 2000 + Random.Shared.Next(10); !stop.IsCancellationRequested; year++)
        {
            var started = Stopwatch.StartNew();
            var file = Path.Combine(dir, $"load-{year}.csv");
            if (Run(cli, home, db, ["monitoring", "generate", "--out", file, "--from-year", year.ToString(CultureInfo.InvariantCulture), "--years", "1", "--stations", "10"], stop) != 0) break;
            if (stop.IsCancellationRequested) break;
            if (Run(cli, home, db, ["monitoring", "import", file, "--kind", "air-hourly", "--jurisdiction", "140525"], stop) == 0) done++;
            var rest = TimeSpan.FromSeconds(every) - started.Elapsed;
            if (rest > TimeSpan.Zero) stop.WaitHandle.WaitOne(rest);
        }
        return done;
    }

    private static int Run(string cli, string home, string db, string[] args, CancellationToken stop, string password = "unused-Passw0rd!")
    {
        using var p = Start("dotnet", [cli, .. args, "--db", db], home, db, password);
        try { p.WaitForExitAsync(stop).GetAwaiter().GetResult(); }
        catch (OperationCanceledException) { p.WaitForExit(); }
        return p.ExitCode;
    }

    private static long Rss(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException) { return 0; }
    }
}
