using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using EcoGov.Application.Audit;
using EcoGov.Core;
using EcoGov.Core.Projects;
using EcoGov.Core.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace EcoGov.Application.Tests;

/// <summary>
/// Issue 10 item 4, the audit of a document not imported (`audit --file`, POST /api/audit) and the plan audit's own checks:
/// the planted-errors document gives each planted error and nothing else, its clean variant nothing, each seed document
/// its discrepancies of the issue; both hosts answer with the same JSON and refuse bad files naming <c>file</c>.
/// </summary>
public sealed class DocumentAuditTests(BothHosts hosts) : IClassFixture<BothHosts>
{
    private static readonly string Root = FindRoot();
    private static string DataFile(string name) => Path.Combine(Root, "tests", "EcoGov.Application.Tests", "Data", name);
    private static string Seed(string prefix) => Directory.GetFiles(Path.Combine(Root, "data", "seed", "documents"), prefix + "_*.txt").Single();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "data", "seed", "documents")) && Directory.Exists(Path.Combine(dir.FullName, "tests")))
                return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }

    private static List<JsonNode> Findings(string json) => [.. JsonNode.Parse(json)!["findings"]!.AsArray().Select(f => f!)];

    private static (string Kind, int Line) KindLine(JsonNode f) => (f["kind"]!.GetValue<string>(), f["where"]!["line"]!.GetValue<int>());

    private async Task<HttpResponseMessage> Upload(byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", fileName);
        return await hosts.Client.PostAsync("/api/audit", form);
    }

    [Fact]
    public async Task The_planted_errors_document_gives_each_planted_error_and_nothing_else_in_both_hosts()
    {
        var path = DataFile("planted-errors-plan.txt");
        var manifest = JsonNode.Parse(File.ReadAllText(DataFile("planted-errors-plan.manifest.json")))!.AsArray()
            .Select(m => (m!["kind"]!.GetValue<string>(), m["line"]!.GetValue<int>())).ToList();
        var (exit, stdout, stderr) = hosts.Cli.Run("audit", "--file", path, "--json");
        Assert.True(exit == 1, stderr);
        var found = Findings(stdout).Select(KindLine).ToList();
        Assert.Equal(manifest.Order(), found.Order());
        Assert.Equal(10, manifest.Select(m => m.Item1).Distinct().Count());   // every kind the text audit checks

        var response = await Upload(File.ReadAllBytes(path), "planted-errors-plan.txt");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var web = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var cli = JsonNode.Parse(stdout)!;
        Assert.True(JsonNode.DeepEquals(cli, web), $"cli:\n{cli.ToJsonString()}\nweb:\n{web.ToJsonString()}");
        Assert.Null(cli["plan"]);
        Assert.Equal("planted-errors-plan.txt", cli["document"]!.GetValue<string>());
        Assert.All(Findings(stdout), f => Assert.Equal("planted-errors-plan.txt", f["where"]!["document"]!.GetValue<string>()));
    }

    [Fact]
    public void The_clean_variant_has_no_error_or_warning()
    {
        var (exit, stdout, stderr) = hosts.Cli.Run("audit", "--file", DataFile("planted-errors-plan.clean.txt"), "--json");
        Assert.True(exit == 0, stderr);
        Assert.DoesNotContain(Findings(stdout), f => f["severity"]!.GetValue<string>() is "error" or "warning");
    }

    [Fact]
    public void Each_seed_document_gives_its_discrepancies()
    {
        bool Has(List<JsonNode> findings, string kind, int line, params string[] fragments) => findings.Any(f =>
            KindLine(f) == (kind, line) && fragments.All(x => f["message"]!.GetValue<string>().Contains(x, StringComparison.Ordinal)));

        var (exit, stdout, _) = hosts.Cli.Run("audit", "--file", Seed("001"), "--json");
        Assert.Equal(1, exit);
        var f001 = Findings(stdout);
        Assert.True(Has(f001, "totalMismatch", 616, "42项", "40行"));
        Assert.True(Has(f001, "totalMismatch", 616, "150.68", "145.2505"));
        Assert.True(Has(f001, "totalMismatch", 669, "150.6758", "145.2505"));

        (exit, stdout, _) = hosts.Cli.Run("audit", "--file", Seed("002"), "--json");
        Assert.Equal(1, exit);
        var f002 = Findings(stdout);
        Assert.True(Has(f002, "textTableMismatch", 34, "1.6", "目标为 2"));
        foreach (var p in new[] { "NO2", "PM10", "PM2.5" }) Assert.True(Has(f002, "targetWorseThanBaseline", 122, "2月 " + p));
        Assert.Equal([142, 144, 145, 151, 156], f002.Where(f => KindLine(f).Kind == "deadlineBeforeIssue").Select(f => KindLine(f).Line));
        Assert.True(Has(f002, "leadUnitNotGovernment", 265, "山西省晋城晋普山煤业有限责任公司", "是企业"));

        (exit, stdout, _) = hosts.Cli.Run("audit", "--file", Seed("004"), "--json");
        Assert.Equal(1, exit);
        var f004 = Findings(stdout);
        Assert.True(Has(f004, "chapterMissing", 37, "第九章 规划实施保障"));
        Assert.True(Has(f004, "missingRows", 90, "缺少序号1–6"));
        Assert.Contains(f004, f => KindLine(f).Kind == "repeatedText");

        foreach (var clean in new[] { "000", "003" })
        {
            (exit, stdout, _) = hosts.Cli.Run("audit", "--file", Seed(clean), "--json");
            Assert.Equal(0, exit);
        }
    }

    [Fact]
    public async Task Bad_files_are_refused_naming_the_file_in_both_hosts()
    {
        var dir = Directory.CreateTempSubdirectory("ecogov-audit-").FullName;
        try
        {
            var (exit, _, stderr) = hosts.Cli.Run("audit", "--file", Path.Combine(dir, "missing.txt"));
            Assert.Equal(2, exit);
            Assert.StartsWith("--file:", stderr);

            var large = Path.Combine(dir, "large.txt");
            await using (var s = File.Create(large)) s.SetLength(DocumentAuditService.MaxBytes + 1);
            (exit, _, stderr) = hosts.Cli.Run("audit", "--file", large);
            Assert.Equal(2, exit);
            Assert.StartsWith("--file:", stderr);

            var gbk = Path.Combine(dir, "gbk.txt");
            byte[] notUtf8 = [0xC9, 0xFA, 0xCC, 0xAC, 0xBB, 0xB7, 0xBE, 0xB3, 0xFF];
            await File.WriteAllBytesAsync(gbk, notUtf8);
            (exit, _, stderr) = hosts.Cli.Run("audit", "--file", gbk);
            Assert.Equal(2, exit);
            Assert.StartsWith("--file:", stderr);
            var response = await Upload(notUtf8, "gbk.txt");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal("file", problem["field"]!.GetValue<string>());
            Assert.Contains(problem["detail"]!.GetValue<string>(), stderr, StringComparison.Ordinal);

            var binary = await Upload([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00], "plan.zip");
            Assert.Equal(HttpStatusCode.BadRequest, binary.StatusCode);
            using var empty = new MultipartFormDataContent { { new StringContent("x"), "note" } };
            Assert.Equal(HttpStatusCode.BadRequest, (await hosts.Client.PostAsync("/api/audit", empty)).StatusCode);

            (exit, _, stderr) = hosts.Cli.Run("audit", "--plan", "chengqu-2023-air", "--file", gbk);
            Assert.Equal(2, exit);
            (exit, _, stderr) = hosts.Cli.Run("audit");
            Assert.Equal(2, exit);
            Assert.StartsWith("--plan:", stderr);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void The_plan_audit_finds_shifted_labels_the_missing_chapter_and_enterprises_as_lead_units()
    {
        var (exit, stdout, _) = hosts.Cli.Run("audit", "--plan", "jincheng-14fyp-eco", "--json");
        Assert.Equal(1, exit);
        var shifted = Findings(stdout).Where(f => KindLine(f).Kind == "shiftedLabels").ToList();
        Assert.Equal([655, 657, 665], shifted.Select(f => KindLine(f).Line));
        Assert.All(shifted, f => Assert.Equal("error", f["severity"]!.GetValue<string>()));
        Assert.Contains("“示范创建”", shifted[0]["message"]!.GetValue<string>());
        Assert.Contains("应属第657行", shifted[0]["message"]!.GetValue<string>());
        Assert.Contains("应属第658行", shifted[1]["message"]!.GetValue<string>());
        Assert.Contains("应属第666行", shifted[2]["message"]!.GetValue<string>());

        (exit, stdout, _) = hosts.Cli.Run("audit", "--plan", "jishan-14fyp-eco", "--json");
        Assert.Equal(1, exit);
        var jishan = Findings(stdout);
        Assert.Contains(jishan, f => KindLine(f) == ("chapterMissing", 37) && f["message"]!.GetValue<string>().Contains("第九章"));
        Assert.Contains(jishan, f => KindLine(f).Kind == "damaged" && f["message"]!.GetValue<string>().Contains("缺少序号1–6"));
        Assert.Contains(jishan, f => KindLine(f).Kind == "duplicated" && f["message"]!.GetValue<string>().Contains("重复出现15次"));

        (_, stdout, _) = hosts.Cli.Run("audit", "--plan", "chengqu-2023-water", "--json");
        Assert.Contains(Findings(stdout), f => KindLine(f).Kind == "leadUnitNotGovernment" && f["message"]!.GetValue<string>().Contains("晋城市凤禹排水有限责任公司"));
        Assert.DoesNotContain(Findings(stdout), f => KindLine(f).Kind == "leadUnitNotDepartment");   // every unit is in the department list
    }

    [Fact]
    public async Task The_page_shows_a_plans_audit_and_audits_an_uploaded_document()
    {
        var page = await hosts.Client.GetStringAsync("/Supervision/Audit?plan=jishan-14fyp-eco");
        Assert.Contains("data-kind=\"chapterMissing\" data-line=\"37\"", page);
        Assert.Contains("<h2>错误", page);

        var token = await EcoGov.Web.Tests.EcoGovFactory.FormToken(hosts.Client, "/Supervision/Audit");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(File.ReadAllBytes(DataFile("planted-errors-plan.txt"))), "Upload", "planted-errors-plan.txt" },
        };
        var response = await hosts.Client.PostAsync("/Supervision/Audit", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        foreach (var m in JsonNode.Parse(File.ReadAllText(DataFile("planted-errors-plan.manifest.json")))!.AsArray())
            Assert.Contains($"data-kind=\"{m!["kind"]!.GetValue<string>()}\" data-line=\"{m["line"]!.GetValue<int>()}\"", html);
        Assert.Contains("错误 7，警告 4，提示 0", html);
    }

    [Fact]
    public async Task A_lead_unit_whose_department_is_deactivated_is_reported_by_the_plan_audit()
    {
        const string unit = "区行政审批局";
        static async Task SetActive(BothHosts hosts, bool active)
        {
            using var scope = hosts.Web.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<EcoGov.Data.EcoGovDbContext>();
            var department = db.Departments.Single(d => d.JurisdictionCode == "140502" && d.Name == unit);
            department.IsActive = active;
            await db.SaveChangesAsync();
        }
        async Task<List<JsonNode>> Audit() => Findings(await hosts.Client.GetStringAsync("/api/plans/chengqu-2023-air/audit"));

        Assert.DoesNotContain(await Audit(), f => KindLine(f).Kind == "leadUnitNotDepartment");
        await SetActive(hosts, false);
        try
        {
            var findings = (await Audit()).Where(f => KindLine(f).Kind == "leadUnitNotDepartment").ToList();
            var finding = Assert.Single(findings);
            Assert.Equal("warning", finding["severity"]!.GetValue<string>());
            Assert.Contains($"“{unit}”", finding["message"]!.GetValue<string>());
        }
        finally { await SetActive(hosts, true); }
    }

    [Fact]
    public void Lead_units_are_checked_against_the_department_list_and_the_form_of_a_department_name()
    {
        PlanTask Task(int seq, string unit) => new("p", seq, "类", "任务", [unit], [], null, null, new Provenance("009", "台账", 10 + seq));
        var tasks = new[] { Task(1, "区生态环境分局"), Task(2, "区住建居"), Task(3, "区发改(能源)局"), Task(4, "各镇（街道）"), Task(5, "某某煤业有限公司") };
        var departments = new HashSet<string>(StringComparer.Ordinal) { "区生态环境分局", "区发改（能源）局", "各镇（街道）" };
        var findings = PlanDataChecks.LeadUnits(tasks, Array.Empty<KeyProject>(), departments).ToList();
        Assert.Equal(
            [("leadUnitNotDepartment", 12), ("leadUnitNotDepartment", 15), ("leadUnitNotGovernment", 12), ("leadUnitNotGovernment", 15)],
            findings.Select(f => (f.Kind, f.Where.Line)).Order());
        Assert.Contains(findings, f => f.Kind == "leadUnitNotGovernment" && f.Message.Contains("区住建居") && f.Message.Contains("错字"));
        Assert.Contains(findings, f => f.Kind == "leadUnitNotGovernment" && f.Message.Contains("是企业"));
        Assert.All(findings, f => Assert.Equal(AuditSeverity.Warning, f.Severity));
    }

    [Theory]
    [InlineData(@"C:\plans\规划.txt", "规划.txt")]
    [InlineData("../../etc/规划.txt", "规划.txt")]
    [InlineData("规\u0001划.txt", "规划.txt")]
    [InlineData("", "document.txt")]
    [InlineData(null, "document.txt")]
    public void The_document_is_named_by_its_file_name_only(string? uploaded, string name) =>
        Assert.Equal(name, DocumentAuditService.DocumentName(uploaded));
}
