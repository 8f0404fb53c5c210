using System.Text;
using System.Text.Json;

namespace EcoGov.Cli.Tests;

public sealed class WaterClassifyCommandTests : IDisposable
{
    private readonly CliRunner cli = new();
    private readonly string dir = Path.Combine(Path.GetTempPath(), "ecogov-water-" + Guid.NewGuid().ToString("N"));

    public WaterClassifyCommandTests() => Directory.CreateDirectory(dir);

    public void Dispose()
    {
        cli.Dispose();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    private string Csv(string text, bool bom = false)
    {
        var path = Path.Combine(dir, Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, text, new UTF8Encoding(bom));
        return path;
    }

    private List<JsonElement> Classify(string text, bool bom = false) =>
        cli.Json("water", "classify", "--input", Csv(text, bom)).EnumerateArray().ToList();

    private static string? Str(JsonElement e, string name) => e.GetProperty(name).GetString();

    [Fact]
    public void River_sample_is_classified_and_its_TN_is_not_counted()
    {
        var s = Classify("id,type,pH,DO,COD,NH3N,TP,TN\nS1,river,7.2,6.5,18,0.4,0.1,3.0\n").Single();
        Assert.Equal("S1", Str(s, "id"));
        Assert.Equal("III", Str(s, "class"));
        Assert.Equal("良好", Str(s, "status"));
        Assert.Equal(JsonValueKind.Null, s.GetProperty("tn").ValueKind);
        Assert.DoesNotContain(s.GetProperty("items").EnumerateArray(), i => Str(i, "item") == "TN");
        Assert.Contains(s.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("TN 不参与河流水质评价"));
        var cod = s.GetProperty("items").EnumerateArray().Single(i => Str(i, "item") == "COD");
        Assert.Equal(18, cod.GetProperty("value").GetDouble());
        Assert.Equal("III", Str(cod, "class"));
    }

    [Fact]
    public void Lake_sample_reports_TN_apart_and_uses_lake_TP_limits()
    {
        var s = Classify("ID,Type,DO,TP,TN\nL1,lake,7.6,0.04,1.2\nL2,湖库,7.6,0.01,\n").ToList();
        Assert.Equal("III", Str(s[0], "class")); // lake TP 0.04 ≤ 0.05 → Ⅲ (river limits would give Ⅱ)
        Assert.Equal(1.2, s[0].GetProperty("tn").GetProperty("value").GetDouble());
        Assert.Equal("IV", Str(s[0].GetProperty("tn"), "class"));
        Assert.Equal("lake", Str(s[1], "type"));
        Assert.Equal("I", Str(s[1], "class"));
        Assert.Equal(JsonValueKind.Null, s[1].GetProperty("tn").ValueKind);
    }

    [Fact]
    public void Worse_than_V_lists_exceeding_items_by_multiple_worst_first()
    {
        var s = Classify("id,type,DO,COD,NH3N,TP\nS3,河流,2.5,45,3.0,0.3\n").Single();
        Assert.Equal("劣V", Str(s, "class"));
        Assert.Equal("重度污染", Str(s, "status"));
        var ex = s.GetProperty("exceeding").EnumerateArray().ToList();
        Assert.Equal(["NH3N", "COD", "TP", "DO"], ex.Select(e => Str(e, "item")));
        Assert.Equal(2.0, ex[0].GetProperty("multiple").GetDouble());
        Assert.Equal(1.25, ex[1].GetProperty("multiple").GetDouble());
        Assert.Equal(0.5, ex[2].GetProperty("multiple").GetDouble());
        Assert.Equal(JsonValueKind.Null, ex[3].GetProperty("multiple").ValueKind);
        Assert.Equal(["NH3N", "COD", "TP"], s.GetProperty("topThree").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Shared_limit_takes_the_best_class()
    {
        var s = Classify("id,type,COD\nA,river,15\n").Single();
        Assert.Equal("I", Str(s, "class"));
    }

    [Fact]
    public void Missing_values_are_skipped_and_no_value_means_no_class()
    {
        var s = Classify("id,type,pH,DO,COD\nA,river,,,20\nB,lake,,,\n", bom: true);
        Assert.Equal("III", Str(s[0], "class"));
        Assert.Contains(s[0].GetProperty("missing").EnumerateArray(), m => m.GetString() == "DO");
        Assert.Single(s[0].GetProperty("items").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, s[1].GetProperty("class").ValueKind);
        Assert.Contains(s[1].GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("不定类"));
    }

    [Fact]
    public void Quoted_ids_with_commas_are_read()
    {
        var s = Classify("id,type,COD\n\"断面,1\",river,30\n").Single();
        Assert.Equal("断面,1", Str(s, "id"));
        Assert.Equal("IV", Str(s, "class"));
    }

    [Fact]
    public void Without_json_a_chinese_table_is_printed()
    {
        var (exit, stdout, stderr) = cli.Run("water", "classify", "--input", Csv("id,type,COD,NH3N\nS3,river,45,3\n"));
        Assert.True(exit == 0, stderr);
        Assert.Contains("劣Ⅴ类", stdout);
        Assert.Contains("重度污染", stdout);
        Assert.Contains("NH3N（2倍）", stdout);
    }

    [Theory]
    [InlineData("type,COD\nriver,1\n", "row 1", "id")]
    [InlineData("id,COD\nA,1\n", "row 1", "type")]
    [InlineData("id,type,COD\nA,sea,1\n", "row 2", "type")]
    [InlineData("id,type,COD\nA,river,1\nB,river,abc\n", "row 3", "COD")]
    [InlineData("id,type,COD\nA,river,-1\n", "row 2", "COD")]
    [InlineData("id,type,COD,Foo\nA,river,1,2\n", "row 1", "Foo")]
    [InlineData("id,type,COD\nA,river,1\nA,lake,2\n", "row 3", "id")]
    [InlineData("id,type,COD\nA,river,\"1\n", "row 2", "COD")]
    [InlineData("id,type,COD\nA,river\n", "row 2", "COD")]
    [InlineData("id,type,COD\n,river,1\n", "row 2", "id")]
    public void Bad_input_exits_2_naming_file_row_and_column(string csv, string row, string column)
    {
        var path = Csv(csv);
        var (exit, stdout, stderr) = cli.Run("water", "classify", "--input", path, "--json");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains(path, stderr);
        Assert.Contains(row + ",", stderr);
        Assert.Contains("column " + column, stderr);
    }

    [Fact]
    public void Missing_file_exits_2()
    {
        var path = Path.Combine(dir, "nope.csv");
        var (exit, stdout, stderr) = cli.Run("water", "classify", "--input", path, "--json");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains(path, stderr);
    }

    [Fact]
    public void File_over_100_MB_exits_2()
    {
        var path = Path.Combine(dir, "big.csv");
        using (var f = File.Create(path)) f.SetLength(100L * 1024 * 1024 + 1);
        var (exit, stdout, stderr) = cli.Run("water", "classify", "--input", path, "--json");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("100 MB", stderr);
    }
}
