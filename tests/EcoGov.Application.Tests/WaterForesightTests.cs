using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using EcoGov.Application.Monitoring;
using EcoGov.Cli.Tests;
using EcoGov.Core.Monitoring;
using EcoGov.Data;
using EcoGov.Data.Monitoring;
using EcoGov.Web.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace EcoGov.Application.Tests;

/// <summary>
/// Issue 14 item 1, water, through both hosts: 城区's 2023 water plan with six months of samples of 洞头 (target Ⅴ类, 劣Ⅴ so
/// far) and 白水河 (省考 → the plan's 主要目标 Ⅲ类, Ⅱ so far), none of 金匠桥 (target Ⅴ类). The web and the CLI each read
/// the same file into their own store.
/// </summary>
public sealed class WaterForesightTests : IAsyncLifetime
{
    private const string Plan = "chengqu-2023-water";
    private readonly EcoGovFactory web = new();
    private readonly CliRunner cli = new();
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        var csv = new StringBuilder("id,type,section,date,pH,DO,CODMn,COD,BOD5,NH3N,TP\n");
        for (var m = 1; m <= 6; m++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"bs{m},river,白水河,2023-{m:00}-10,7.5,7,3,12,2,0.3,0.05\n");
            csv.Append(CultureInfo.InvariantCulture, $"dt{m},river,洞头,2023-{m:00}-12,7.4,3,10,35,8,2.5,0.5\n");
        }
        await HostImports.IntoBoth(web, cli, csv.ToString(), MonitoringDataKind.WaterSamples, "140502");
        client = await web.SignedInClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await web.DisposeAsync();
        cli.Dispose();
    }

    private JsonNode CliJson(params string[] args)
    {
        var (exit, stdout, stderr) = cli.Run([.. args, "--json"]);
        Assert.True(exit == 0, stderr);
        return JsonNode.Parse(stdout)!;
    }

    private static JsonNode Section(JsonNode report, string name) =>
        report["sections"]!.AsArray().Single(s => s!["section"]!.GetValue<string>() == name)!;

    private static JsonNode Item(JsonNode section, string code) =>
        section["items"]!.AsArray().Single(i => i!["item"]!.GetValue<string>() == code)!;

    [Fact]
    public async Task The_CLI_and_the_web_give_the_same_sections()
    {
        var fromWeb = JsonNode.Parse(await client.GetStringAsync($"/api/plans/{Plan}/foresight?asOf=2023-06-30"))!;
        var fromCli = CliJson("foresight", "--plan", Plan, "--as-of", "2023-06-30");
        Assert.True(JsonNode.DeepEquals(fromWeb, fromCli), $"web:\n{fromWeb.ToJsonString()}\ncli:\n{fromCli.ToJsonString()}");
        Assert.Empty(fromCli["targets"]!.AsArray());
        Assert.Equal(["白水河", "洞头", "金匠桥"], fromCli["sections"]!.AsArray().Select(s => s!["section"]!.GetValue<string>()));
        Assert.Contains("断面按年度评价规则", fromCli["assumption"]!.GetValue<string>());
    }

    [Fact]
    public void A_section_worse_than_its_class_gets_the_bounds_a_hand_calculation_gives()
    {
        var dongtou = Section(CliJson("foresight", "--plan", Plan, "--as-of", "2023-06-30"), "洞头");
        Assert.Equal(("V", "劣V", 6, 6), (dongtou["targetClass"]!.GetValue<string>(), dongtou["classSoFar"]!.GetValue<string>(),
            dongtou["monthsSoFar"]!.GetValue<int>(), dongtou["monthsLeft"]!.GetValue<int>()));
        // Class Ⅴ limits, six months so far and six left: x ≤ (L × 12 − sum)/6.
        // NH3N: (2.0 × 12 − 6 × 2.5)/6 = 1.5 → Ⅳ (1.5); TP: (0.4 × 12 − 6 × 0.5)/6 = 0.3 → Ⅳ (0.3); COD: (40 × 12 − 210)/6 = 45 → Ⅴ;
        // DO ≥ (2 × 12 − 18)/6 = 1 → Ⅴ (2 ≥ 1). The remaining months must reach Ⅳ.
        Assert.Equal((1.5, "IV"), (Item(dongtou, "NH3N")["bound"]!.GetValue<double>(), Item(dongtou, "NH3N")["worstClass"]!.GetValue<string>()));
        Assert.Equal((0.3, "IV"), (Item(dongtou, "TP")["bound"]!.GetValue<double>(), Item(dongtou, "TP")["worstClass"]!.GetValue<string>()));
        Assert.Equal((45.0, "V"), (Item(dongtou, "COD")["bound"]!.GetValue<double>(), Item(dongtou, "COD")["worstClass"]!.GetValue<string>()));
        Assert.Equal((1.0, "V"), (Item(dongtou, "DO")["bound"]!.GetValue<double>(), Item(dongtou, "DO")["worstClass"]!.GetValue<string>()));
        Assert.Equal("IV", dongtou["requiredClass"]!.GetValue<string>());
        Assert.Equal(("possible", "at risk"), (dongtou["status"]!.GetValue<string>(), dongtou["verdict"]!.GetValue<string>()));
        Assert.StartsWith("已有 6 个月，均值评价为 劣Ⅴ类；剩余 6 个月需达到 Ⅳ类 及以上（", dongtou["text"]!.GetValue<string>());
    }

    [Fact]
    public void A_section_left_to_the_province_takes_the_plans_class_and_one_without_samples_says_so()
    {
        var report = CliJson("foresight", "--plan", Plan, "--as-of", "2023-06-30");
        var baishui = Section(report, "白水河");
        Assert.Equal(("III", "II", "III", "on track"), (baishui["targetClass"]!.GetValue<string>(), baishui["classSoFar"]!.GetValue<string>(),
            baishui["requiredClass"]!.GetValue<string>(), baishui["verdict"]!.GetValue<string>()));
        // CODMn (6 × 12 − 18)/6 = 9 and COD (20 × 12 − 72)/6 = 28 are class Ⅲ's; NH3N (12 − 1.8)/6 = 1.7 only needs Ⅳ.
        Assert.Equal((9.0, "III"), (Item(baishui, "CODMn")["bound"]!.GetValue<double>(), Item(baishui, "CODMn")["worstClass"]!.GetValue<string>()));
        Assert.Equal((1.7, "IV"), (Item(baishui, "NH3N")["bound"]!.GetValue<double>(), Item(baishui, "NH3N")["worstClass"]!.GetValue<string>()));
        Assert.Contains("省考", baishui["targetBasis"]!.GetValue<string>());
        var jinjiang = Section(report, "金匠桥");
        Assert.Null(jinjiang["matchedSection"]);
        Assert.Equal("V", jinjiang["requiredClass"]!.GetValue<string>());
        Assert.StartsWith("库中无“金匠桥”断面的监测样品；本年尚无监测样品，剩余 6 个月各项目均值须达到 Ⅴ类", jinjiang["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_page_shows_the_sections()
    {
        var html = await client.GetStringAsync($"/Foresight?Plan={Plan}&AsOf=2023-06-30");
        Assert.Contains("id=\"foresight-sections\"", html);
        Assert.Contains("剩余 6 个月需达到 Ⅳ类 及以上", html);
        Assert.DoesNotContain("id=\"foresight\"", html);
        var (exit, stdout, _) = cli.Run("foresight", "--plan", Plan, "--as-of", "2023-06-30");
        Assert.Equal(0, exit);
        Assert.Contains("断面按目标倒排", stdout);
        Assert.Contains("洞头（市考）", stdout);
    }
}
