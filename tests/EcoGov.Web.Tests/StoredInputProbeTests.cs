using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace EcoGov.Web.Tests;

/// <summary>
/// Hostile input that is stored (issue "Production", item 8; docs/reliability.md, H7–H8): SQL and script injection strings in
/// the free-text fields of the API are stored verbatim as data — parameterised queries, so no statement runs and every
/// table is intact — and come back JSON-escaped from the API and HTML-encoded on the pages; and a user of another
/// jurisdiction who names this jurisdiction's objects by id (plan, letter) is refused (403/404, problem+json) with the
/// store unchanged.
/// </summary>
[Trait("Category", "Probe")]
public sealed class StoredInputProbeTests(EcoGovFactory factory) : IClassFixture<EcoGovFactory>
{
    private const string Script = "<script>alert(1)</script>";
    private const string Sql = "'; DROP TABLE departments; --";
    private const string Plan = "chengqu-2023-air";

    [Fact]
    public async Task Injection_strings_in_stored_text_fields_are_kept_as_data_and_rendered_escaped()
    {
        var admin = await factory.SignedInClient();
        var planCount = JsonDocument.Parse(await admin.GetStringAsync("/api/plans")).RootElement.GetArrayLength();

        // 部门名称 a department name.
        var department = $"{Script}{Sql}\" OR \"1\"=\"1";
        var added = await admin.PostAsJsonAsync("/api/departments", new { jurisdiction = "140502", name = department });
        Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());
        var departments = await admin.GetStringAsync("/api/departments?jurisdiction=140502");
        Assert.DoesNotContain("<script>", departments, StringComparison.Ordinal); // JSON escapes < and >
        // Stored as data (normalised as every department name is: spaces dropped, full-width brackets).
        Assert.Contains(JsonDocument.Parse(departments).RootElement.EnumerateArray(), Stored);

        // 姓名 a user's display name, shown on the users page.
        var displayName = $"{Script}' OR 1=1 --"; // within the 50-character limit
        var user = await admin.PostAsJsonAsync("/api/users", new { userName = "probe-injection", displayName, role = "leader", jurisdiction = "140502", password = "Strong-Pass-Phrase-2026!" });
        Assert.True(user.IsSuccessStatusCode, await user.Content.ReadAsStringAsync());
        var usersPage = await admin.GetStringAsync("/Admin/Users");
        Assert.DoesNotContain(Script, usersPage, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", usersPage, StringComparison.Ordinal);

        // 数据来源 the source of an indicator's entered value, shown on the evaluation page.
        var source = $"{Script}{Sql}";
        var actual = await admin.PostAsJsonAsync($"/api/plans/{Plan}/evaluation/actuals", new { indicator = "1", year = "2023", value = "35", source });
        Assert.True(actual.IsSuccessStatusCode, await actual.Content.ReadAsStringAsync());
        var evaluation = await admin.GetStringAsync($"/Supervision/Evaluation?plan={Plan}&year=2023&asOf=2023-12-31");
        Assert.DoesNotContain(Script, evaluation, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", evaluation, StringComparison.Ordinal);

        // API answers with the user's data are not kept by caches (ASVS 8.2.1).
        Assert.Equal("no-store", (await admin.GetAsync("/api/departments?jurisdiction=140502")).Headers.CacheControl?.ToString());

        // Nothing ran: the tables and the plans are all there.
        Assert.Equal(planCount, JsonDocument.Parse(await admin.GetStringAsync("/api/plans")).RootElement.GetArrayLength());
        Assert.Contains(JsonDocument.Parse(await admin.GetStringAsync("/api/departments?jurisdiction=140502")).RootElement.EnumerateArray(), Stored);
    }

    private static bool Stored(JsonElement department) => department.GetProperty("name").GetString() is { } name
        && name.StartsWith("<script>alert", StringComparison.Ordinal) && name.Contains("';DROPTABLEdepartments;--", StringComparison.Ordinal);

    [Fact]
    public async Task Another_jurisdictions_objects_named_by_id_are_refused_and_the_store_is_unchanged()
    {
        var admin = await factory.SignedInClient();
        var letter = await admin.PostAsJsonAsync($"/api/plans/{Plan}/warning-letters", new { unit = "区生态环境分局", asOf = "2023-06-30" });
        Assert.True(letter.IsSuccessStatusCode, await letter.Content.ReadAsStringAsync());
        var letterId = JsonDocument.Parse(await letter.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();

        // A plan office of 稷山县 (140824), signed in properly, with a valid antiforgery token.
        factory.CreateUser("probe-other-office", "Probe-Other-2026!", "plan-office");
        factory.UpdateUser("probe-other-office", u => u.JurisdictionCode = "140824");
        var other = factory.NoRedirectClient();
        Assert.Equal(HttpStatusCode.Redirect, (await EcoGovFactory.PostLoginAs(other, "probe-other-office", "Probe-Other-2026!")).StatusCode);
        await EcoGovFactory.SendAntiforgeryHeader(other);

        var before = factory.StoreDigest();
        var attempts = new (HttpMethod Method, string Url, object? Body)[]
        {
            (HttpMethod.Get, $"/api/plans/{Plan}/ledger?asOf=2023-06-30", null),
            (HttpMethod.Get, $"/api/warning-letters/{letterId}", null),
            (HttpMethod.Post, $"/api/plans/{Plan}/settings", new { dueSoonDays = "3" }),
            (HttpMethod.Post, $"/api/plans/{Plan}/evaluation/actuals", new { indicator = "1", year = "2023", value = "1", source = "越权" }),
            (HttpMethod.Post, $"/api/plans/{Plan}/warning-letters", new { unit = "区住建局", asOf = "2023-06-30" }),
            (HttpMethod.Post, $"/api/warning-letters/{letterId}/reply", new { text = "越权答复" }),
            (HttpMethod.Post, $"/api/warning-letters/{letterId}/close", new { decision = "close" }),
            (HttpMethod.Post, "/api/departments", new { jurisdiction = "140502", name = "越权部门" }),
        };
        foreach (var (method, url, body) in attempts)
        {
            using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
            var r = await other.SendAsync(request);
            Assert.True(r.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{method} {url}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal(before, factory.StoreDigest());
    }
}
