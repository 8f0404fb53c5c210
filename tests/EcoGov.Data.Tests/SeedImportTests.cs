using EcoGov.Application.Startup;
using EcoGov.Core;
using EcoGov.Core.Plans;
using EcoGov.Core.Tasks;
using EcoGov.Data.Plans;
using EcoGov.Data.Queries;
using EcoGov.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace EcoGov.Data.Tests;

public abstract class SeedImportTests
{
    protected abstract TestStore NewStore();

    [Fact]
    public void A_start_on_a_SQLite_file_this_build_brought_up_to_date_does_no_work_and_an_unfinished_one_does_it_all()
    {
        using var store = NewStore();
        using (var db = store.Open())
        {
            EcoGovStartup.Initialize(db, store.Paths);
            if (db.Database.IsNpgsql()) return; // PRAGMA user_version is SQLite's; PostgreSQL starts check everything
            Assert.NotEqual(0L, db.Database.SqlQueryRaw<long>("PRAGMA user_version").AsEnumerable().First());
            // Departments are added from the plans' units by a full start: gone, and not back after a quick start…
            db.Departments.ExecuteDelete();
        }
        using (var db = store.Open())
        {
            var (seed, admin) = EcoGovStartup.Initialize(db, store.Paths);
            Assert.Empty(seed.Imported);
            Assert.Equal(6, seed.Unchanged.Count);
            Assert.Null(admin);
            Assert.Empty(db.Departments);
            // …until the file is not marked current (a start that did not finish, another build, changed seed files).
            db.Database.ExecuteSqlRaw("PRAGMA user_version = 0");
        }
        using (var db = store.Open())
        {
            EcoGovStartup.Initialize(db, store.Paths);
            Assert.NotEmpty(db.Departments);
        }
    }

    [Fact]
    public void First_start_seeds_everything_and_a_second_start_changes_nothing()
    {
        using var store = NewStore();
        using (var db = store.Open())
        {
            var (seed, admin) = EcoGovStartup.Initialize(db, store.Paths);
            Assert.Contains("jurisdictions.json", seed.Imported);
            Assert.Equal(6, seed.Imported.Count(f => !f.StartsWith("zoning/", StringComparison.Ordinal))); // jurisdictions + five documents
            // and the synthetic demo zoning layers and unit requirements (data/seed/zoning/demo), once each
            var demo = Directory.GetFiles(Path.Combine(TestStore.RepoPaths.SeedDirectory, "zoning", "demo"))
                .Select(Path.GetFileName).Where(f => f!.EndsWith(".geojson", StringComparison.Ordinal) || f == "unit-requirements.json").Order(StringComparer.Ordinal);
            Assert.Equal(demo.Select(f => "zoning/demo/" + f), seed.Imported.Where(f => f.StartsWith("zoning/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
            Assert.NotNull(admin);
        }
        int rows;
        using (var db = store.Open())
        {
            rows = CountRows(db);
            var (seed, admin) = EcoGovStartup.Initialize(db, store.Paths);
            Assert.Empty(seed.Imported);
            Assert.Equal(6, seed.Unchanged.Count);
            Assert.Null(admin);
        }
        using (var db = store.Open())
        {
            Assert.Equal(rows, CountRows(db));
            Assert.Equal(1, db.Users.Count());
        }
    }

    [Fact]
    public async Task Workbook_imports_survive_restarts_and_a_changed_seed_file_takes_its_plans_back()
    {
        using var store = NewStore();
        var paths = store.CopyOfSeed();
        using (var db = store.Open()) EcoGovStartup.Initialize(db, paths);
        using (var db = store.Open())
        {
            // 土壤计划 replaced from one workbook, a new plan from another (docs/plan-workbook.md).
            var imported = new ImportedPlanStore(db);
            using var tx = db.Database.BeginTransaction();
            await imported.DeletePlanRecordsAsync("chengqu-2023-soil");
            foreach (var (doc, id) in new[] { ("wb-aaaaaaaaaaaaaaaa", "chengqu-2023-soil"), ("wb-bbbbbbbbbbbbbbbb", "chengqu-2024-new") })
                await imported.AddAsync(new SeedDocumentData
                {
                    Document = new SourceDocument(doc, id + ".xlsx", "工作簿导入：" + id + ".xlsx", "00"),
                    Plans = [new Plan(id, "140502", "工作簿中的计划", null, null, PlanKind.AnnualActionPlan, 2023, 2023, null, new Provenance(doc, "规划", 2))],
                    Tasks = [new PlanTask(id, 1, "", "一项任务", ["区生态环境分局"], [], null, null, new Provenance(doc, "任务", 2, "1"))],
                });
            db.SaveChanges();
            tx.Commit();
        }
        using (var db = store.Open())
        {
            var (seed, _) = EcoGovStartup.Initialize(db, paths);
            Assert.Empty(seed.Imported);
            Assert.Equal("工作簿中的计划", db.Plans.Single(p => p.Id == "chengqu-2023-soil").Title);
            Assert.Equal(1, db.Tasks.Count(t => t.PlanId == "chengqu-2023-soil"));
            Assert.Equal(2, db.SourceDocuments.Count(d => d.Id.StartsWith("wb-")));
        }
        var file = Directory.GetFiles(paths.SeedDirectory, "002-*.json").Single();
        File.AppendAllText(file, "\n");
        using (var db = store.Open())
        {
            var (seed, _) = EcoGovStartup.Initialize(db, paths);
            Assert.Contains(Path.GetFileName(file), seed.Imported);
            var soil = db.Plans.Single(p => p.Id == "chengqu-2023-soil");
            Assert.Equal(("002", "晋城市城区土壤污染防治 2023 年行动计划"), (soil.DocumentId, soil.Title));
            Assert.Equal(14, db.Tasks.Count(t => t.PlanId == "chengqu-2023-soil"));
            Assert.Equal("wb-bbbbbbbbbbbbbbbb", db.Plans.Single(p => p.Id == "chengqu-2024-new").DocumentId);
            Assert.Equal(["wb-bbbbbbbbbbbbbbbb"], db.SourceDocuments.Where(d => d.Id.StartsWith("wb-")).Select(d => d.Id).ToList());
        }
    }

    [Fact]
    public void Every_imported_record_has_provenance_in_its_document()
    {
        using var store = NewStore();
        using var db = store.Open();
        EcoGovStartup.Initialize(db, store.Paths);
        var docs = db.SourceDocuments.Select(d => d.Id).ToHashSet();
        void Check(IEnumerable<(string Doc, string SrcDoc, string Section, int Line)> rows)
        {
            foreach (var r in rows)
            {
                Assert.Equal(r.Doc, r.SrcDoc);
                Assert.Contains(r.SrcDoc, docs);
                Assert.False(string.IsNullOrWhiteSpace(r.Section));
                Assert.True(r.Line >= 1);
            }
        }
        Check(db.Indicators.AsEnumerable().Select(x => (x.DocumentId, x.Source.Document, x.Source.Section, x.Source.Line)));
        Check(db.Tasks.AsEnumerable().Select(x => (x.DocumentId, x.Source.Document, x.Source.Section, x.Source.Line)));
        Check(db.Projects.AsEnumerable().Select(x => (x.DocumentId, x.Source.Document, x.Source.Section, x.Source.Line)));
        // the demo unit requirements (示意) come from no seed document: their document is the demo file itself
        Check(db.AccessRequirements.Where(x => x.DocumentId != Zoning.ZoningLayerStore.DemoUnitRequirementsDocument).AsEnumerable()
            .Select(x => (x.DocumentId, x.Source.Document, x.Source.Section, x.Source.Line)));
        Assert.All(db.AccessRequirements.Where(x => x.DocumentId == Zoning.ZoningLayerStore.DemoUnitRequirementsDocument).AsEnumerable(),
            x => Assert.Equal((x.DocumentId, true), (x.Source.Document, x.UnitCode is not null)));
        Check(db.UnitStatistics.AsEnumerable().Select(x => (x.DocumentId, x.Source.Document, x.Source.Section, x.Source.Line)));
        Check(db.AirTargets.AsEnumerable().Select(x => (x.DocumentId, x.Source.Document, x.Source.Section, x.Source.Line)));
        Check(db.Plans.AsEnumerable().Select(x => (x.DocumentId, x.Source.Document, x.Source.Section, x.Source.Line)));
    }

    [Fact]
    public void A_broken_seed_file_stops_the_import_naming_file_and_line_and_writes_nothing()
    {
        using var store = NewStore();
        var paths = store.CopyOfSeed();
        var file = Directory.GetFiles(paths.SeedDirectory, "001-*.json").Single();
        var lines = File.ReadAllLines(file);
        // Damage line 10: a syntax error a hand edit could leave behind.
        lines[9] = lines[9] + " ,,";
        File.WriteAllLines(file, lines);

        using var db = store.Open();
        var e = Assert.Throws<SeedFileException>(() => EcoGovStartup.Initialize(db, paths));
        Assert.Equal(Path.GetFileName(file), e.File);
        Assert.StartsWith("第10行", e.Location);
        Assert.Contains(Path.GetFileName(file), e.Message);
        Assert.Equal(0, db.Plans.Count());
        Assert.Equal(0, db.Jurisdictions.Count());
    }

    [Fact]
    public void A_record_pointing_at_an_undeclared_plan_is_rejected_with_its_path()
    {
        using var store = NewStore();
        var paths = store.CopyOfSeed();
        var file = Directory.GetFiles(paths.SeedDirectory, "002-*.json").Single();
        var text = File.ReadAllText(file);
        var first = text.IndexOf("\"planId\": \"chengqu-2023-air\"", StringComparison.Ordinal);
        Assert.True(first > 0);
        text = text[..first] + "\"planId\": \"no-such-plan\"" + text[(first + "\"planId\": \"chengqu-2023-air\"".Length)..];
        File.WriteAllText(file, text);

        using var db = store.Open();
        var e = Assert.Throws<SeedFileException>(() => EcoGovStartup.Initialize(db, paths));
        Assert.EndsWith(".planId", e.Location);
        Assert.Contains("no-such-plan", e.Problem);
        Assert.Equal(0, db.Plans.Count());
    }

    [Fact]
    public void A_changed_seed_file_replaces_only_that_documents_rows()
    {
        using var store = NewStore();
        var paths = store.CopyOfSeed();
        using (var db = store.Open()) EcoGovStartup.Initialize(db, paths);
        int accessBefore, indicatorsBefore;
        using (var db = store.Open())
        {
            accessBefore = db.AccessRequirements.Count();
            indicatorsBefore = db.Indicators.Count(i => i.DocumentId == "001");
        }
        var file = Directory.GetFiles(paths.SeedDirectory, "001-*.json").Single();
        File.AppendAllText(file, "\n"); // same content, new bytes: re-imported, same rows
        using (var db = store.Open())
        {
            var (seed, _) = EcoGovStartup.Initialize(db, paths);
            Assert.Equal([Path.GetFileName(file)], seed.Imported);
            Assert.Equal(accessBefore, db.AccessRequirements.Count());
            Assert.Equal(indicatorsBefore, db.Indicators.Count(i => i.DocumentId == "001"));
        }
    }

    [Fact]
    public async Task Counts_required_by_the_foundation_issue()
    {
        using var store = NewStore();
        using var db = store.Open();
        EcoGovStartup.Initialize(db, store.Paths);
        var c = new PlanCatalog(db);
        Assert.Equal(80, (await c.AccessListAsync("140500"))!.Count);
        // the synthetic demo unit-level requirements only when asked for (a siting assessment keeps those of the touched units)
        Assert.Equal(85, (await c.AccessListAsync("140500", includeUnitLevel: true))!.Count);
        Assert.Equal(7, (await c.UnitStatisticsAsync("140500"))!.Count);
        Assert.Equal(20, (await c.IndicatorsAsync("jincheng-13fyp-eco"))!.Count);
        Assert.Equal(23, (await c.IndicatorsAsync("jincheng-14fyp-eco"))!.Count(i => !i.FromProse));
        Assert.Equal(9, (await c.IndicatorsAsync("jincheng-14fyp-eco"))!.Count(i => i.FromProse)); // stated in sentences (issue 9)
        Assert.Equal(78, (await c.AirTargetsAsync("chengqu-2023-air"))!.Count);
        Assert.Equal(34, (await c.TasksAsync("chengqu-2023-air"))!.Count(t => !t.FromProse));
        Assert.Equal([35, 36, 37, 38], (await c.TasksAsync("chengqu-2023-air"))!.Where(t => t.FromProse).Select(t => t.Seq));
        Assert.Equal(14, (await c.TasksAsync("chengqu-2023-water"))!.Count);
        Assert.Equal(3, (await c.SectionTargetsAsync("chengqu-2023-water"))!.Count);
        Assert.Equal(3, (await c.ProjectsAsync("chengqu-2023-water"))!.Count);
        Assert.Equal(14, (await c.TasksAsync("chengqu-2023-soil"))!.Count);
        Assert.Equal(20, (await c.IndicatorsAsync("shangdang-eco-2021-2035"))!.Count(i => !i.FromProse));
        Assert.Equal(69, (await c.ProjectsAsync("shangdang-eco-2021-2035"))!.Count);
        var shangdang = (await c.IndicatorsAsync("shangdang-eco-2021-2035"))!.Where(i => !i.FromProse).ToList();
        Assert.Equal(11, shangdang.Count(i => i.Binding == EcoGov.Core.Indicators.IndicatorAttribute.Binding));
        Assert.Equal(9, shangdang.Count(i => i.Binding == EcoGov.Core.Indicators.IndicatorAttribute.Expected));
        Assert.All(shangdang, i => Assert.Equal([2025, 2035], i.Targets.Select(t => t.Year!.Value)));
        var fyp14 = (await c.ProjectsAsync("jincheng-14fyp-eco"))!;
        Assert.Equal(40, fyp14.Count);
        Assert.Equal(145.2505m, fyp14.Sum(p => p.Investment ?? 0));
        Assert.Contains((await c.StatedTotalsAsync("jincheng-14fyp-eco"))!, t => t.Subject == "projects.investment" && t.Value == 150.6758m);
        Assert.Equal(20, (await c.IndicatorsAsync("jishan-14fyp-eco"))!.Count);
        Assert.Equal(Enumerable.Range(7, 20), (await c.IndicatorsAsync("jishan-14fyp-eco"))!.Select(i => i.Seq));
        Assert.Equal(35, (await c.ProjectsAsync("jishan-14fyp-eco"))!.Count);
        Assert.Null((await c.IndicatorsAsync("no-such-plan")));
        Assert.Null((await c.AccessListAsync("999999")));
    }

    /// <summary>Issue 9 item 1: the supervision seeds are imported with their provenance and read back as extracted.</summary>
    [Fact]
    public async Task Supervision_rules_duties_and_unit_additions_are_imported_and_read_back()
    {
        using var store = NewStore();
        using var db = store.Open();
        EcoGovStartup.Initialize(db, store.Paths);
        var c = new PlanCatalog(db);
        var seed = EcoGov.Core.Plans.SeedJson.Deserialize(File.ReadAllText(Path.Combine(store.Paths.SeedDirectory, "002-chengqu-2023.json")));
        Assert.Equal(seed.SupervisionRules.Where(r => r.PlanId == "chengqu-2023-air"), (await c.SupervisionRulesAsync("chengqu-2023-air"))!, RuleComparer.Instance);
        Assert.Equal(seed.SupervisionRules.Where(r => r.PlanId == "chengqu-2023-soil"), (await c.SupervisionRulesAsync("chengqu-2023-soil"))!, RuleComparer.Instance);
        var air = Assert.Single((await c.SupervisionRulesAsync("chengqu-2023-air"))!);
        Assert.Equal((96, 5), (air.Source.Line, air.Triggers.Count));
        Assert.All(air.Triggers, t => Assert.Equal(110, t.Source.Line));
        Assert.Empty((await c.SupervisionRulesAsync("chengqu-2023-water"))!);
        Assert.Equal(689, Assert.Single((await c.SupervisionRulesAsync("jincheng-14fyp-eco"))!).Source.Line);
        Assert.Equal([96, 102], (await c.SupervisionRulesAsync("shangdang-eco-2021-2035"))!.Select(r => r.Source.Line));
        Assert.Equal(seed.TaskDuties.Where(d => d.PlanId == "chengqu-2023-soil"), (await c.TaskDutiesAsync("chengqu-2023-soil"))!);
        Assert.Equal(seed.TaskUnitAdditions, (await c.TaskUnitAdditionsAsync("chengqu-2023-air"))!);
        Assert.Equal(new DateOnly(2023, 12, 31), (await c.ProjectsAsync("chengqu-2023-water"))!.Single(p => p.Seq == 1).Due);
        Assert.True((await c.IndicatorsAsync("chengqu-2023-air"))!.Single(i => i.Seq == 8).FromProse);
        Assert.Null((await c.SupervisionRulesAsync("no-such-plan")));
    }

    /// <summary>Rules compare by value, their lists element by element.</summary>
    private sealed class RuleComparer : IEqualityComparer<EcoGov.Core.Supervision.SupervisionRule>
    {
        public static readonly RuleComparer Instance = new();

        public bool Equals(EcoGov.Core.Supervision.SupervisionRule? x, EcoGov.Core.Supervision.SupervisionRule? y) =>
            x is not null && y is not null && x with { Receivers = [], Triggers = [] } == y with { Receivers = [], Triggers = [] }
            && x.Receivers.SequenceEqual(y.Receivers) && x.Triggers.SequenceEqual(y.Triggers);

        public int GetHashCode(EcoGov.Core.Supervision.SupervisionRule r) => r.Text.GetHashCode(StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_county_sees_its_citys_access_list_and_its_own_unit_statistics()
    {
        using var store = NewStore();
        using var db = store.Open();
        EcoGovStartup.Initialize(db, store.Paths);
        var c = new PlanCatalog(db);
        Assert.Equal(80, (await c.AccessListAsync("140502"))!.Count);
        var own = Assert.Single((await c.UnitStatisticsAsync("140502"))!);
        Assert.Equal((4, 5, 1, 10), (own.Priority, own.Key, own.General, own.Total));
        Assert.Empty((await c.AccessListAsync("140824"))!);
    }

    [Fact]
    public void Boundaries_are_held_for_the_seed_counties_and_the_city()
    {
        using var store = NewStore();
        using var db = store.Open();
        EcoGovStartup.Initialize(db, store.Paths);
        var withBoundary = db.Jurisdictions.Where(j => j.BoundaryWkb != null).Select(j => j.Code).OrderBy(c => c).ToList();
        Assert.Equal(["140404", "140500", "140502", "140521", "140522", "140524", "140525", "140581", "140824"], withBoundary);
    }

    private static int CountRows(EcoGovDbContext db) =>
        db.Plans.Count() + db.Indicators.Count() + db.Tasks.Count() + db.Projects.Count() + db.AirTargets.Count()
        + db.SectionTargets.Count() + db.UnitStatistics.Count() + db.AccessRequirements.Count() + db.Findings.Count()
        + db.StatedTotals.Count() + db.Jurisdictions.Count() + db.SourceDocuments.Count();
}

public abstract class SeedImportFailureTests
{
    protected abstract TestStore NewStore();

    [Fact]
    public void A_seed_file_that_is_removed_takes_its_rows_with_it()
    {
        using var store = NewStore();
        var paths = store.CopyOfSeed();
        using (var db = store.Open()) EcoGovStartup.Initialize(db, paths);
        File.Delete(Directory.GetFiles(paths.SeedDirectory, "003-*.json").Single());
        using (var db = store.Open())
        {
            EcoGovStartup.Initialize(db, paths);
            Assert.False(db.Plans.Any(p => p.Id == "shangdang-eco-2021-2035"));
            Assert.False(db.Projects.Any(p => p.DocumentId == "003"));
            Assert.False(db.SourceDocuments.Any(d => d.Id == "003"));
            Assert.True(db.Plans.Any(p => p.Id == "jincheng-14fyp-eco"));
        }
    }

    [Fact]
    public void A_duplicated_monthly_target_is_rejected_with_its_record_path()
    {
        using var store = NewStore();
        var paths = store.CopyOfSeed();
        var file = Directory.GetFiles(paths.SeedDirectory, "002-*.json").Single();
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!;
        var targets = json["airTargets"]!.AsArray();
        targets.Add(targets[0]!.DeepClone());
        File.WriteAllText(file, json.ToJsonString());

        using var db = store.Open();
        var e = Assert.Throws<SeedFileException>(() => EcoGovStartup.Initialize(db, paths));
        Assert.Equal($"airTargets[{targets.Count - 1}]", e.Location);
        Assert.Equal(0, db.Plans.Count());
    }

    [Fact]
    public void A_damaged_boundary_file_is_reported_against_the_jurisdiction()
    {
        using var store = NewStore();
        var paths = store.CopyOfSeed();
        var js = Path.Combine(paths.SeedDirectory, "boundaries", "shan1_xi1_yun4_cheng2.js");
        File.WriteAllText(js, File.ReadAllText(js).Replace("稷山县", "稷山"));

        using var db = store.Open();
        var e = Assert.Throws<SeedFileException>(() => EcoGovStartup.Initialize(db, paths));
        Assert.Equal("jurisdictions.json", e.File);
        Assert.Equal("140824.boundary", e.Location);
        Assert.Contains("稷山县", e.Problem);
        Assert.Equal(0, db.Jurisdictions.Count());
    }

    [Fact]
    public void The_first_administrator_is_created_once_with_a_private_credentials_file()
    {
        using var store = NewStore();
        using (var db = store.Open())
        {
            var (_, admin) = EcoGovStartup.Initialize(db, store.Paths, initialAdminPassword: "给定的密码");
            Assert.NotNull(admin);
            Assert.Equal("给定的密码", admin.Password);
            Assert.Contains("给定的密码", File.ReadAllText(admin.CredentialsFile));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(admin.CredentialsFile));
            // Beside the SQLite file; in the data folder for PostgreSQL, named after the database.
            if (store.Provider == TestProvider.Sqlite)
                Assert.Equal(Path.GetDirectoryName(store.DatabaseFile), Path.GetDirectoryName(admin.CredentialsFile));
            else
                Assert.Equal(Path.Combine(store.Paths.DataDirectory, $"initial-admin-{store.DatabaseName}.txt"), admin.CredentialsFile);
        }
        using (var db = store.Open())
        {
            var (_, again) = EcoGovStartup.Initialize(db, store.Paths, initialAdminPassword: "另一个");
            Assert.Null(again);
            Assert.True(EcoGov.Data.Users.PasswordHashing.Verify("给定的密码", db.Users.Single().PasswordHash));
        }
    }
}

public sealed class SeedImportTestsSqlite : SeedImportTests
{
    protected override TestStore NewStore() => new();
}

public sealed class SeedImportTestsPostgreSql(PostgresServer server) : SeedImportTests, IClassFixture<PostgresServer>
{
    protected override TestStore NewStore() => server.NewStore();
}

public sealed class SeedImportFailureTestsSqlite : SeedImportFailureTests
{
    protected override TestStore NewStore() => new();
}

public sealed class SeedImportFailureTestsPostgreSql(PostgresServer server) : SeedImportFailureTests, IClassFixture<PostgresServer>
{
    protected override TestStore NewStore() => server.NewStore();
}
