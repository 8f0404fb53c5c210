using System.Text.Json;

namespace EcoGov.Cli.Tests;

public sealed class PlanCommandTests : IDisposable
{
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void Plans_lists_every_seed_plan_with_stable_slugs_and_provenance()
    {
        var plans = cli.Json("plans");
        var ids = plans.EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
        string[] expected =
        [
            "jincheng-zoning-2023", "jincheng-13fyp-eco", "jincheng-14fyp-eco", "chengqu-2023-air", "chengqu-2023-soil",
            "chengqu-2023-water", "shangdang-eco-2021-2035", "jishan-14fyp-eco",
        ];
        Assert.Equal(expected.Order(), ids.Order());
        var fyp = plans.EnumerateArray().Single(p => p.GetProperty("id").GetString() == "jincheng-14fyp-eco");
        Assert.Equal("140500", fyp.GetProperty("jurisdictionCode").GetString());
        Assert.Equal("晋市环发〔2022〕126号", fyp.GetProperty("docNumber").GetString());
        Assert.Equal("2022-08-08", fyp.GetProperty("issued").GetString());
        Assert.Equal("fiveYearPlan", fyp.GetProperty("kind").GetString());
        Assert.Equal(2021, fyp.GetProperty("periodStart").GetInt32());
        Assert.Equal(2025, fyp.GetProperty("periodEnd").GetInt32());
        Assert.Equal("001", fyp.GetProperty("source").GetProperty("document").GetString());
    }

    [Fact]
    public void Indicators_follow_the_contract()
    {
        var all = cli.Json("indicators", "--plan", "jincheng-14fyp-eco").EnumerateArray().ToList();
        var list = all.Where(i => !i.GetProperty("fromProse").GetBoolean()).ToList();
        Assert.Equal(23, list.Count); // 表2; the other 9 are stated in sentences (issue 9)
        Assert.Equal(32, all.Count);
        var good = list.Single(i => i.GetProperty("seq").GetInt32() == 2);
        Assert.Equal("城市空气质量优良天数比率", good.GetProperty("name").GetString());
        Assert.Equal("%", good.GetProperty("unit").GetString());
        Assert.Equal(2020, good.GetProperty("baseline").GetProperty("year").GetInt32());
        Assert.Equal(66.4, good.GetProperty("baseline").GetProperty("value").GetDouble());
        var target = Assert.Single(good.GetProperty("targets").EnumerateArray());
        Assert.Equal(2025, target.GetProperty("year").GetInt32());
        Assert.Equal("number", target.GetProperty("kind").GetString());
        Assert.Equal(75, target.GetProperty("value").GetDouble());
        Assert.True(good.GetProperty("binding").GetBoolean());
        Assert.Equal("001", good.GetProperty("source").GetProperty("document").GetString());

        var pm = list.Single(i => i.GetProperty("seq").GetInt32() == 1);
        Assert.Equal("higherLevelReference", pm.GetProperty("targets")[0].GetProperty("kind").GetString());
        var redLine = list.Single(i => i.GetProperty("seq").GetInt32() == 23);
        Assert.Equal("atLeast", redLine.GetProperty("targets")[0].GetProperty("kind").GetString());
        Assert.Equal(25.64, redLine.GetProperty("targets")[0].GetProperty("value").GetDouble());
    }

    [Fact]
    public void Tasks_carry_units_and_the_deadline_verbatim()
    {
        var list = cli.Json("tasks", "--plan", "chengqu-2023-air").EnumerateArray()
            .Where(t => !t.GetProperty("fromProse").GetBoolean()).ToList(); // the ledger; 35–38 come from the text (issue 9)
        Assert.Equal(34, list.Count);
        Assert.Equal(Enumerable.Range(1, 34), list.Select(t => t.GetProperty("seq").GetInt32()));
        foreach (var t in list)
        {
            Assert.True(t.GetProperty("leadUnits").GetArrayLength() > 0, $"task {t.GetProperty("seq")} has no lead unit");
            Assert.Equal(JsonValueKind.Array, t.GetProperty("cooperatingUnits").ValueKind);
        }
        var second = list[1];
        Assert.Equal("2024 年 12 月底前", second.GetProperty("deadline").GetProperty("text").GetString());
        Assert.Equal("2024-12-31", second.GetProperty("deadline").GetProperty("due").GetString());
        Assert.Equal(["区民营经济局"], second.GetProperty("leadUnits").EnumerateArray().Select(u => u.GetString()));
    }

    [Fact]
    public void Projects_carry_investment_in_yi_yuan()
    {
        var list = cli.Json("projects", "--plan", "shangdang-eco-2021-2035").EnumerateArray().ToList();
        Assert.Equal(69, list.Count);
        Assert.All(list, p => Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("name").GetString())));
        var water = cli.Json("projects", "--plan", "chengqu-2023-water").EnumerateArray().ToList();
        Assert.Equal(3, water.Count);
        Assert.Equal(2023, water[0].GetProperty("periodTo").GetInt32());
    }

    [Fact]
    public void An_unknown_plan_is_bad_input_with_a_message_naming_it()
    {
        var (exit, stdout, stderr) = cli.Run("indicators", "--plan", "no-such-plan", "--json");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("no-such-plan", stderr);
        Assert.Contains("jincheng-14fyp-eco", stderr); // lists what exists
        // The service's refusal (after any first-open seeding note), as the web's 404 names `plan`.
        Assert.Contains(stderr.Split('\n'), line => line.StartsWith("--plan: 没有编号为“no-such-plan”的规划", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_seed_document_is_bad_input_naming_the_option()
    {
        var (exit, stdout, stderr) = cli.Run("findings", "--document", "999", "--json");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains(stderr.Split('\n'), line => line.StartsWith("--document: ", StringComparison.Ordinal) && line.Contains("no seed document \"999\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_required_option_is_bad_usage()
    {
        var (exit, _, stderr) = cli.Run("tasks");
        Assert.Equal(2, exit);
        Assert.Contains("--plan", stderr);
    }

    [Fact]
    public void Human_output_is_a_table_in_chinese()
    {
        var (exit, stdout, _) = cli.Run("indicators", "--plan", "jincheng-13fyp-eco");
        Assert.Equal(0, exit);
        Assert.Contains("空气质量优良天数比例", stdout);
        Assert.Contains("共 20 条", stdout);
    }
}

public sealed class CliInputTests : IDisposable
{
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void A_database_option_pointing_at_a_foreign_file_is_bad_input_not_a_crash()
    {
        var foreign = Path.GetTempFileName();
        try
        {
            File.WriteAllText(foreign, "this is not a database");
            var o = new StringWriter();
            var e = new StringWriter();
            var exit = CliApp.Run(["plans", "--json", "--db", foreign], o, e);
            Assert.Equal(2, exit);
            Assert.Equal("", o.ToString());
            Assert.Contains("bad input", e.ToString());
            Assert.DoesNotContain("   at ", e.ToString()); // no stack trace
        }
        finally
        {
            File.Delete(foreign);
        }
    }

    [Fact]
    public void Air_and_section_targets_are_available_from_the_cli()
    {
        var air = cli.Json("air-targets", "--plan", "chengqu-2023-air").EnumerateArray().ToList();
        Assert.Equal(78, air.Count);
        var feb = air.Single(a => a.GetProperty("pollutant").GetString() == "PM2.5" && a.GetProperty("month").ValueKind == System.Text.Json.JsonValueKind.Number && a.GetProperty("month").GetInt32() == 2);
        Assert.Equal(70, feb.GetProperty("target").GetDouble());
        Assert.Equal(50, feb.GetProperty("previousYearValue").GetDouble());
        var sections = cli.Json("section-targets", "--plan", "chengqu-2023-water").EnumerateArray().ToList();
        Assert.Equal(["白水河", "洞头", "金匠桥"], sections.Select(s => s.GetProperty("section").GetString()));
        Assert.Equal("higherLevelReference", sections[0].GetProperty("target").GetProperty("kind").GetString());
    }
}
