using System.IO.Compression;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using EcoGov.Tests.Shared;
using Microsoft.Playwright;

namespace EcoGov.E2E;

/// <summary>
/// The newcomer's path in a real browser: the zoning map, importing a zipped GBK shapefile in a Gauss-Krüger zone and
/// seeing it on the map, assessing a site placed on the map, and downloading the Word report; and the officer's journey on
/// the one page /Zoning (find a unit, draw a site on the same map, assess beside it, download the report).
/// </summary>
public sealed class ZoningInBrowserTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    /// <summary>What Chromium reported: Content-Security-Policy violations on the console, and uncaught script errors.</summary>
    private readonly List<string> browserProblems = [];

    /// <summary>A new browser context signed in as admin; <paramref name="bypassCsp"/> only for the axe-core scan, which is injected.</summary>
    private async Task<IPage> SignedIn(int width = 1366, int height = 900, bool bypassCsp = false)
    {
        var page = await server.Browser.NewPageAsync(new BrowserNewPageOptions
        {
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
            BypassCSP = bypassCsp,
        });
        page.Console += (_, m) =>
        {
            if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) lock (browserProblems) browserProblems.Add($"console {m.Type}: {m.Text}");
        };
        page.PageError += (_, e) => { lock (browserProblems) browserProblems.Add("page error: " + e); };
        await page.GotoAsync(server.BaseUrl + "/Login");
        await page.FillAsync("#UserName", "admin");
        await page.FillAsync("#Password", ServerFixture.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(server.BaseUrl + "/");
        return page;
    }

    /// <summary>The pages ran under the Content-Security-Policy without a violation or a script error.</summary>
    private void AssertNoBrowserProblems()
    {
        lock (browserProblems) Assert.True(browserProblems.Count == 0, string.Join("\n", browserProblems));
    }

    private static Task WaitForMap(IPage page) =>
        page.WaitForSelectorAsync("[data-zoning-map][data-ready=true]", new PageWaitForSelectorOptions { Timeout = 30_000 });

    private static string Shot(string name) => Path.Combine(ServerFixture.Screenshots, name);

    [Fact]
    public async Task The_map_draws_the_demo_layers_labelled_as_synthetic_and_a_unit_shows_its_popup()
    {
        var page = await SignedIn();
        await page.ClickAsync("nav a[href='/Zoning']");
        await page.WaitForURLAsync("**/Zoning");
        await WaitForMap(page);
        // 90 unit polygons and the other layers are drawn as SVG paths; the synthetic notice is on the map.
        Assert.True(await page.Locator(".leaflet-overlay-pane path").CountAsync() >= 90);
        Assert.Contains("示意数据", await page.InnerTextAsync(".map-synthetic"));
        Assert.Contains("重点管控单元", await page.InnerTextAsync(".map-legend"));
        Assert.Contains("000 公布单元数", await page.InnerTextAsync("main"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("zoning-map.png"), FullPage = true });

        // A click inside the unit layer opens the unit's popup with code, name and class.
        // (Rivers, parks and the like lie over some units: try a few places until a unit answers.)
        var box = (await page.Locator("[data-zoning-map]").BoundingBoxAsync())!;
        var popup = "";
        foreach (var (fx, fy) in new[] { (0.3f, 0.4f), (0.6f, 0.3f), (0.4f, 0.7f), (0.7f, 0.6f), (0.5f, 0.5f) })
        {
            await page.Mouse.ClickAsync(box.X + box.Width * fx, box.Y + box.Height * fy);
            if (await page.Locator(".leaflet-popup-content").CountAsync() == 0) continue;
            popup = await page.InnerTextAsync(".leaflet-popup-content");
            if (popup.Contains("编码", StringComparison.Ordinal)) break;
        }
        Assert.Contains("编码", popup);
        Assert.Contains("类别", popup);
        Assert.Contains("ZH1405", popup);
        await page.WaitForTimeoutAsync(400); // the popup fades in
        await page.Locator("[data-zoning-map]").ScreenshotAsync(new LocatorScreenshotOptions { Path = Shot("zoning-map-popup.png") });

        // 查找管控单元: by code, the unit is shown and its card opened; by a part of the name, several are named; none is said.
        await page.FillAsync("#unit-search-text", "ZH14050230001");
        await page.ClickAsync("#unit-search button[type=submit]");
        Assert.StartsWith("找到：ZH14050230001 城区一般管控单元01", await page.InnerTextAsync("#unit-search-status"));
        // its card opens (the card opened by the clicks above closes, fading out: wait for the new one)
        await page.WaitForSelectorAsync(".leaflet-popup-content:has-text('ZH14050230001')");
        await page.FillAsync("#unit-search-text", "城区");
        await page.ClickAsync("#unit-search button[type=submit]");
        Assert.Matches(@"^找到 \d+ 个，已显示第一个：ZH1405\d+ 城区.+；其余：", await page.InnerTextAsync("#unit-search-status"));
        await page.FillAsync("#unit-search-text", "ZH9999");
        await page.ClickAsync("#unit-search button[type=submit]");
        Assert.StartsWith("未找到“ZH9999”", await page.InnerTextAsync("#unit-search-status"));
        AssertNoBrowserProblems();
    }

    [Fact]
    public async Task A_zipped_gbk_shapefile_in_zone_38_is_imported_and_shown_on_the_map()
    {
        var zip = Path.Combine(server.TempDirectory, "城区单元-4526.zip");
        await File.WriteAllBytesAsync(zip, ZoningLayerFixtures.UnitsShapefileZip(ZoningLayerFixtures.Grid(), 4526));
        var page = await SignedIn();
        await page.GotoAsync(server.BaseUrl + "/Zoning/Import");
        await page.SetInputFilesAsync("input[name=Upload]", zip);
        await page.SelectOptionAsync("select[name=Layer]", "units");
        await page.SelectOptionAsync("#import-form select[name=Jurisdiction]", "140502");
        await page.FillAsync("input[name=Effective]", "2025-03-01");
        await page.ClickAsync("#import-form button[type=submit]");
        // The preview: each column's role, the first features, nothing stored yet.
        await page.WaitForSelectorAsync("#roles-form");
        Assert.Contains("校验通过，尚未导入", await page.InnerTextAsync(".result-status"));
        Assert.Equal("code", await page.InputValueAsync("tr[data-column=HJGKDYBM] select"));
        Assert.Equal("county", await page.InputValueAsync("tr[data-column=XZQDM] select"));
        Assert.Equal(4, await page.Locator("#first-rows tbody tr").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("zoning-import-preview.png"), FullPage = true });
        await page.ClickAsync("#confirm-import");
        await page.WaitForSelectorAsync(".result-status[data-status=created]");
        var banner = await page.InnerTextAsync(".result-status");
        Assert.Contains("已导入", banner);
        Assert.Contains("EPSG:4526", banner);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("zoning-import.png"), FullPage = true });

        await page.ClickAsync("a.button:has-text('在一张图上查看')");
        await page.WaitForURLAsync("**/Zoning?Jurisdiction=140502&Date=2025-03-01");
        await WaitForMap(page);
        Assert.Contains("城区单元-4526.zip", await page.InnerTextAsync("main"));
        Assert.Equal(4, await page.Locator(".leaflet-overlay-pane path.leaflet-interactive").CountAsync());
        await page.Locator(".leaflet-overlay-pane path.leaflet-interactive").First.ClickAsync();
        await page.WaitForSelectorAsync(".leaflet-popup-content");
        Assert.Contains("城区", await page.InnerTextAsync(".leaflet-popup-content"));
        await page.WaitForTimeoutAsync(400); // the popup fades in
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("zoning-imported-on-map.png"), FullPage = true });
        AssertNoBrowserProblems();
    }

    [Fact]
    public async Task A_rejected_file_shows_its_errors_in_the_browser()
    {
        var zip = Path.Combine(server.TempDirectory, "bad-units.zip");
        var units = new List<FixtureUnit>
        {
            new("ZH14058110001", "高平市蝴蝶结单元", ZoningLayerFixtures.Priority, "140581", ZoningLayerFixtures.SymmetricBowTie(112.90, 35.80, 0.01)),
        };
        await File.WriteAllBytesAsync(zip, ZoningLayerFixtures.UnitsShapefileZip(units, 4526));
        var page = await SignedIn();
        await page.GotoAsync(server.BaseUrl + "/Zoning/Import");
        await page.SetInputFilesAsync("input[name=Upload]", zip);
        await page.SelectOptionAsync("#import-form select[name=Jurisdiction]", "140581");
        await page.FillAsync("input[name=Effective]", "2025-03-01");
        await page.ClickAsync("#import-form button[type=submit]");
        await page.WaitForSelectorAsync(".result-status");
        Assert.Contains("文件被拒收，未写入任何数据", await page.InnerTextAsync(".result-status"));
        Assert.Contains("ZH14058110001", await page.InnerTextAsync("#report"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("zoning-import-rejected.png"), FullPage = true });
        AssertNoBrowserProblems();
    }

    [Fact]
    public async Task A_site_placed_on_the_map_is_assessed_and_the_word_report_downloads()
    {
        var page = await SignedIn();
        await page.GotoAsync(server.BaseUrl + "/Zoning/Assess");
        await WaitForMap(page);

        // A click on the map places a point: the coordinate box gets "lon,lat" in EPSG:4490.
        var box = (await page.Locator("[data-zoning-map]").BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + box.Width * 0.5f, box.Y + box.Height * 0.5f);
        var placed = await page.InputValueAsync("#SiteText");
        Assert.Matches(@"^1[01]\d\.\d{6},3\d\.\d{6}$", placed);
        Assert.Equal("EPSG:4490", await page.InputValueAsync("#SiteCrs"));

        // Line mode: two clicks make an open line (a pipeline, a road), drawn dashed on the map.
        await page.CheckAsync("input[name=drawMode][value=line]");
        await page.ClickAsync("[data-clear=SiteText]");
        await page.Mouse.ClickAsync(box.X + box.Width * 0.45f, box.Y + box.Height * 0.5f);
        await page.Mouse.ClickAsync(box.X + box.Width * 0.55f, box.Y + box.Height * 0.52f);
        var line = (await page.InputValueAsync("#SiteText")).Split('\n');
        Assert.Equal(2, line.Length);
        Assert.NotEqual(line[0], line[1]);

        // Polygon mode: three clicks and 闭合面 make a closed ring.
        await page.CheckAsync("input[name=drawMode][value=polygon]");
        await page.ClickAsync("[data-clear=SiteText]");
        await page.Mouse.ClickAsync(box.X + box.Width * 0.5f, box.Y + box.Height * 0.5f);
        await page.Mouse.ClickAsync(box.X + box.Width * 0.53f, box.Y + box.Height * 0.5f);
        await page.Mouse.ClickAsync(box.X + box.Width * 0.53f, box.Y + box.Height * 0.53f);
        await page.ClickAsync("[data-close-ring=SiteText]");
        var ring = (await page.InputValueAsync("#SiteText")).Split('\n');
        Assert.Equal(4, ring.Length);
        Assert.Equal(ring[0], ring[^1]);

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("zoning-assess-form.png") });

        // A point in the (demo) urban core, for an air-polluting project: 不符合.
        await page.FillAsync("#SiteText", "112.85,35.50");
        await page.CheckAsync("input[name=fact_emitsAirPollutants]");
        await page.FillAsync("input[name=ProjectName]", "浏览器测试项目");
        await page.FillAsync("input[name=Date]", "2024-06-01");
        await page.ClickAsync("button.primary");
        await page.WaitForSelectorAsync("#conclusion");
        Assert.Contains("不符合", await page.InnerTextAsync("#conclusion"));
        Assert.Contains("示意数据", await page.InnerTextAsync("ul.warnings"));
        Assert.Contains("违反", await page.InnerTextAsync("#rules"));
        await WaitForMap(page);
        Assert.True(await page.IsCheckedAsync("input[name=fact_emitsAirPollutants]"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("zoning-assess.png"), FullPage = true });
        await page.Locator("#conclusion").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("zoning-assess-result.png") });

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#docx-button"));
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Contains("2024-06-01", download.SuggestedFilename);
        var file = Path.Combine(server.TempDirectory, "report.docx");
        await download.SaveAsAsync(file);
        using var doc = WordprocessingDocument.Open(file, false);
        var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("建设项目选址生态环境分区管控符合性预研判报告", text);
        Assert.Contains("浏览器测试项目", text);
        Assert.Contains("不符合", text);
        AssertNoBrowserProblems();
    }

    [Fact]
    public async Task On_the_map_page_a_unit_is_found_a_site_drawn_assessed_beside_the_map_and_its_report_downloaded()
    {
        const string Unit = "ZH14050230001";
        var page = await SignedIn(1366, 768);
        await page.GotoAsync(server.BaseUrl + "/Zoning");
        await WaitForMap(page);
        var map = page.Locator("#zoning-map");
        // At 1366×768 the panel is beside the map: the map keeps most of the width and begins on the first screen.
        var m = (await map.BoundingBoxAsync())!;
        var p = (await page.Locator("#assess").BoundingBoxAsync())!;
        Assert.True(p.X >= m.X + m.Width, $"panel at x={p.X}, map ends at {m.X + m.Width}");
        Assert.True(p.X + p.Width <= 1366 && m.Width >= 700 && m.Height >= 420, $"map {m.Width}×{m.Height}, panel ends at {p.X + p.Width}");
        Assert.True(m.Y < 768 / 2, $"map begins at y={m.Y}");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("zoning-one-page-top.png") });

        // 查找管控单元 by code: the map zooms to it and opens its card (class, the unit's requirements, the layer version).
        await page.FillAsync("#unit-search-text", Unit);
        await page.ClickAsync("#unit-search button[type=submit]");
        Assert.StartsWith($"找到：{Unit}", await page.InnerTextAsync("#unit-search-status"));
        var card = await page.WaitForSelectorAsync($".leaflet-popup-content:has-text('{Unit}')");
        var cardText = await card!.InnerTextAsync();
        Assert.Contains("一般管控单元", cardText);
        Assert.Matches(@"图层版本\s+第 \d+ 版，\d{4}-\d{2}-\d{2} 起生效", cardText);
        // … and links to its county's access list, by level and category
        Assert.Matches(@"^/Jurisdictions\?code=1405\d\d#access$", await card.EvalOnSelectorAsync<string>("a", "a => a.getAttribute('href')"));

        // 面: three clicks around the unit's centre and 闭合面 make a closed ring on the same map (the card closes).
        await page.CheckAsync("#assess-form input[name=drawMode][value=polygon]");
        await page.WaitForSelectorAsync(".leaflet-popup-content", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
        foreach (var (fx, fy) in new[] { (0.47f, 0.47f), (0.53f, 0.47f), (0.53f, 0.53f) })
            await page.Mouse.ClickAsync(m.X + m.Width * fx, m.Y + m.Height * fy);
        await page.ClickAsync("[data-close-ring=SiteText]");
        var ring = (await page.InputValueAsync("#SiteText")).Split('\n');
        Assert.Equal(4, ring.Length);
        Assert.Equal(ring[0], ring[^1]);

        await page.FillAsync("#assess-form input[name=Industry]", "3011");
        await page.FillAsync("#assess-form input[name=ProjectName]", "一张图测试项目");
        await page.ClickAsync("#assess-form button.primary");
        await page.WaitForSelectorAsync("#assess-result #conclusion");
        // The result is in the panel, on the same page: the units hit, the requirements, the conclusion.
        Assert.EndsWith("/Zoning", page.Url, StringComparison.Ordinal);
        Assert.Contains("研判结论：", await page.InnerTextAsync("#assess-result #conclusion"));
        Assert.Contains(Unit, await page.InnerTextAsync("#assess-result #units"));
        Assert.Contains("一般管控单元", await page.InnerTextAsync("#assess-result #units"));
        Assert.Contains("适用的准入要求", await page.InnerTextAsync("#assess-result"));
        Assert.Contains("水泥制造", await page.InnerTextAsync("#assess-result"));
        Assert.Contains("已在地图上标出", await page.InnerTextAsync("#assess-status"));
        // … and on the map: the site in red, the units it touches outlined.
        Assert.True(await page.Locator("#zoning-map path.unit-hit").CountAsync() >= 1);
        Assert.True(await page.Locator("#zoning-map .leaflet-overlay-pane path[stroke='#d50000']").CountAsync() >= 1);
        await page.WaitForTimeoutAsync(300);
        // (the map stays on the screen while the page scrolls to the result beside it)
        await page.Locator("#assess-form .actions").EvaluateAsync("e => window.scrollBy(0, e.getBoundingClientRect().top - 90)");
        m = (await map.BoundingBoxAsync())!;
        Assert.True(m.Y >= 0 && m.Y + m.Height <= 768, $"map at y={m.Y}…{m.Y + m.Height}");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("zoning-one-page.png") });

        // 查看单元 again: a click on the map opens the card of the unit under it.
        await page.CheckAsync("#assess-form input[name=drawMode][value=browse]");
        m = (await map.BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(m.X + m.Width * 0.5f, m.Y + m.Height * 0.5f);
        Assert.Contains("编码", await (await page.WaitForSelectorAsync(".leaflet-popup-content"))!.InnerTextAsync());
        Assert.Equal(ring, (await page.InputValueAsync("#SiteText")).Split('\n')); // a click in 查看 draws nothing

        // The Word report of the same inputs downloads from the same endpoint; the page stays.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#assess-form #docx-button"));
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        var file = Path.Combine(server.TempDirectory, "one-page.docx");
        await download.SaveAsAsync(file);
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.True(bytes.Length > 2000, $"{bytes.Length} bytes");
        Assert.Equal("PK", Encoding.ASCII.GetString(bytes, 0, 2));
        using (var zip = new ZipArchive(new MemoryStream(bytes)))
        {
            var entry = zip.GetEntry("word/document.xml");
            Assert.NotNull(entry);
            using var reader = new StreamReader(entry.Open());
            var xml = await reader.ReadToEndAsync();
            Assert.Contains(Unit, xml);
            Assert.Contains("一张图测试项目", xml);
        }
        Assert.EndsWith("/Zoning", page.Url, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("#assess-result #conclusion").CountAsync());

        // Or a site file, read by the same upload code as the assessment page: the new result replaces the old one.
        var siteFile = Path.Combine(server.TempDirectory, "选址-一张图.geojson");
        await File.WriteAllBytesAsync(siteFile, ZoningLayerFixtures.GeoJson(
            [(ZoningLayerFixtures.Rect(112.84, 35.49, 112.86, 35.51), new Dictionary<string, string?> { ["name"] = "选址" })]));
        await page.SetInputFilesAsync("#assess-form input[name=SiteUpload]", siteFile);
        Assert.Equal("选址-一张图.geojson", await page.InnerTextAsync("#assess-form .file-name"));
        await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#assess-form button.primary"), r => r.Url.Contains("handler=Panel", StringComparison.Ordinal));
        await page.WaitForSelectorAsync("#assess-result #conclusion");
        var uploaded = await page.EvaluateAsync<double[]>("() => JSON.parse(document.querySelector('#assess-result [data-assessment]').dataset.site).coordinates[0].flat()");
        Assert.Contains(112.84, uploaded);
        Assert.Contains(35.51, uploaded);
        Assert.True(await page.Locator("#zoning-map path.unit-hit").CountAsync() >= 1);
        AssertNoBrowserProblems();
        await page.Context.CloseAsync();

        // A tablet in portrait (768×1024): one column, the panel under the map, nothing wider than the screen. This context
        // bypasses the CSP for the injected axe-core scan (the journey above ran under it).
        var tablet = await SignedIn(768, 1024, bypassCsp: true);
        await tablet.GotoAsync(server.BaseUrl + "/Zoning");
        await WaitForMap(tablet);
        var tm = (await tablet.Locator("#zoning-map").BoundingBoxAsync())!;
        var tp = (await tablet.Locator("#assess").BoundingBoxAsync())!;
        Assert.True(tp.Y >= tm.Y + tm.Height, $"panel at y={tp.Y}, map ends at {tm.Y + tm.Height}");
        Assert.True(tm.Width >= 680 && tm.Height >= 360, $"map {tm.Width}×{tm.Height}");
        Assert.True(await tablet.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await tablet.CheckAsync("#assess-form input[name=drawMode][value=point]");
        // (the radio is under the map: checking it scrolled the page)
        await tablet.Locator("#zoning-map").ScrollIntoViewIfNeededAsync();
        tm = (await tablet.Locator("#zoning-map").BoundingBoxAsync())!;
        await tablet.Mouse.ClickAsync(tm.X + tm.Width * 0.5f, tm.Y + tm.Height * 0.5f);
        Assert.Matches(@"^1[01]\d\.\d{6},3\d\.\d{6}$", await tablet.InputValueAsync("#SiteText"));
        await tablet.FillAsync("#assess-form input[name=Industry]", "3011");
        await tablet.ClickAsync("#assess-form button.primary");
        await tablet.WaitForSelectorAsync("#assess-result #conclusion");
        Assert.True(await tablet.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await tablet.WaitForTimeoutAsync(300);
        await tablet.Locator("#zoning-map").EvaluateAsync("e => window.scrollBy(0, e.getBoundingClientRect().top - 12)");
        await tablet.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("zoning-tablet.png") });
        await Axe.AssertNoSeriousViolationsAsync(tablet);
        await tablet.SetViewportSizeAsync(1366, 768);
        await Axe.AssertNoSeriousViolationsAsync(tablet);
        await tablet.Context.CloseAsync();
    }


    /// <summary>Imports a units layer through the page: upload, preview, confirm.</summary>
    private async Task ImportThroughThePage(IPage page, byte[] zip, string name, string jurisdiction, string effective)
    {
        var file = Path.Combine(server.TempDirectory, name);
        await File.WriteAllBytesAsync(file, zip);
        await page.GotoAsync(server.BaseUrl + "/Zoning/Import");
        await page.SetInputFilesAsync("input[name=Upload]", file);
        await page.SelectOptionAsync("select[name=Layer]", "units");
        await page.SelectOptionAsync("#import-form select[name=Jurisdiction]", jurisdiction);
        await page.FillAsync("input[name=Effective]", effective);
        await page.ClickAsync("#import-form button[type=submit]");
        await page.WaitForSelectorAsync("#roles-form");
        await page.ClickAsync("#confirm-import");
        await page.WaitForSelectorAsync(".result-status[data-status=created]");
    }

    [Fact]
    public async Task The_difference_of_two_versions_is_drawn_on_the_map_coloured_by_change()
    {
        var page = await SignedIn();
        var grid = ZoningLayerFixtures.Grid();
        await ImportThroughThePage(page, ZoningLayerFixtures.UnitsShapefileZip(grid, 4526), "陵川-v1.zip", "140524", "2025-01-01");
        grid[3] = grid[3] with { Class = ZoningLayerFixtures.Key };
        await ImportThroughThePage(page, ZoningLayerFixtures.UnitsShapefileZip(grid, 4526), "陵川-v2.zip", "140524", "2025-06-01");
        var versions = System.Text.Json.JsonDocument.Parse(await page.EvaluateAsync<string>(
            "fetch('/api/zoning/versions?layer=units&jurisdiction=140524').then(r => r.text())")).RootElement;
        Assert.Equal(2, versions.GetArrayLength());
        await page.GotoAsync(server.BaseUrl + $"/Zoning/Import?DiffLayer=units&DiffJurisdiction=140524&From={versions[0].GetProperty("id").GetInt64()}&To={versions[1].GetProperty("id").GetInt64()}");
        await page.WaitForSelectorAsync("#diff-map[data-ready=true]", new PageWaitForSelectorOptions { Timeout = 30_000 });
        // The later version's four units, one of them reclassified (orange), and the legend's counts.
        Assert.Equal(4, await page.Locator("#diff-map path.leaflet-interactive").CountAsync());
        Assert.Equal(1, await page.Locator("#diff-map path.leaflet-interactive[stroke='#e65100']").CountAsync());
        Assert.Contains("类别变更（1）", await page.InnerTextAsync("#diff-map .map-legend"));
        Assert.Contains("新增（0）", await page.InnerTextAsync("#diff-map .map-legend"));
        await page.Locator("#diff-map").ScreenshotAsync(new LocatorScreenshotOptions { Path = Shot("zoning-diff-map.png") });
        AssertNoBrowserProblems();
    }

    [Fact]
    public async Task The_diff_selects_submit_their_form_from_the_page_script_and_the_csp_is_sent()
    {
        var page = await SignedIn();
        var response = await page.GotoAsync(server.BaseUrl + "/Zoning/Import");
        Assert.Contains("script-src 'self'", (await response!.AllHeadersAsync())["content-security-policy"]);
        // No inline onchange: wwwroot/js/forms.js submits the form of a <select data-submit-on-change>.
        await page.SelectOptionAsync("select[name=DiffLayer]", "rivers");
        await page.WaitForURLAsync(url => url.Contains("DiffLayer=rivers", StringComparison.Ordinal));
        Assert.Equal("rivers", await page.InputValueAsync("select[name=DiffLayer]"));
        AssertNoBrowserProblems();
    }

    /// <summary>
    /// The API's antiforgery header in a real browser under the CSP (issue "Production", item 5): a script that posts
    /// through EcoGov.fetch (wwwroot/js/forms.js) sends the page's token and is answered; a bare fetch with the same
    /// sign-in cookie is refused 400 naming the header.
    /// </summary>
    [Fact]
    public async Task A_page_script_posts_to_the_api_with_the_pages_antiforgery_token_and_a_bare_fetch_is_refused()
    {
        var page = await SignedIn();
        await page.GotoAsync(server.BaseUrl + "/Zoning/Assess");
        const string post = """
            async (send) => {
              const init = { method: 'POST', headers: { 'Content-Type': 'application/json' },
                             body: JSON.stringify({ site: '112.85,35.50', crs: 'EPSG:4490', date: '2024-06-01' }) };
              const r = await (send === 'helper' ? EcoGov.fetch('/api/zoning/assess', init) : fetch('/api/zoning/assess', init));
              return r.status + ' ' + await r.text();
            }
            """;
        var helper = await page.EvaluateAsync<string>(post, "helper");
        Assert.StartsWith("200 ", helper, StringComparison.Ordinal);
        var bare = await page.EvaluateAsync<string>(post, "bare");
        Assert.StartsWith("400 ", bare, StringComparison.Ordinal);
        Assert.Contains("RequestVerificationToken", bare, StringComparison.Ordinal);
        AssertNoBrowserProblems();
    }
}
