using System.Text.Json;
using EcoGov.Cli.Tests;

namespace EcoGov.Application.Tests;

/// <summary>
/// One bad input given to both hosts: the web answers <paramref name="status"/> with an RFC 9457 problem naming the field
/// (its one error under <c>errors</c> for a 400) and the error code, and the CLI exits 2 with nothing on stdout and the
/// same message on stderr, after its option's name. A refusal of no field (<paramref name="field"/> null) has a null
/// <c>field</c> and the bare message on stderr. Every "refused alike" table of the suite asserts through this.
/// </summary>
public static class RefusedAlike
{
    public static async Task AssertAsync(HttpClient client, CliRunner cli, string @case, string url, string cliArgs,
        string? field, string? option, string code, string fragment, int status = 400)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"{@case}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.Equal(code, problem.GetProperty("code").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains(fragment, detail);
        if (field is null)
        {
            Assert.Equal(JsonValueKind.Null, problem.GetProperty("field").ValueKind);
        }
        else
        {
            Assert.Equal(field, problem.GetProperty("field").GetString());
            if (status == 400)
                Assert.Equal(detail, Assert.Single(problem.GetProperty("errors").GetProperty(field).EnumerateArray()).GetString());
        }

        var (exit, stdout, stderr) = cli.Run(cliArgs.Split(' '));
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Equal(option is null ? detail : $"{option}: {detail}", stderr.TrimEnd('\r', '\n'));
    }
}
