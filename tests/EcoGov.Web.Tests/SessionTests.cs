using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EcoGov.Web.Tests;

/// <summary>
/// Defect 10 (hardening): sign-out is enforced on the server. A sign-in cookie is checked against the user row on every
/// request (exists, not disabled, same security stamp), and lives 8 hours from sign-in without sliding.
/// </summary>
[Trait("Category", "Probe")]
public sealed class SessionTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private const string Password = "Session-Pass-2026";

    /// <summary>Signs <paramref name="userName"/> in and returns the client and the sign-in cookie as sent back ("ecogov.auth=…").</summary>
    private async Task<(HttpClient Client, string Cookie)> SignIn(string userName)
    {
        var client = factory.NoRedirectClient();
        var response = await EcoGovFactory.PostLoginAs(client, userName, Password);
        Assert.True(HttpStatusCode.Redirect == response.StatusCode, await response.Content.ReadAsStringAsync());
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ecogov.auth=", StringComparison.Ordinal));
        return (client, cookie[..cookie.IndexOf(';', StringComparison.Ordinal)]);
    }

    /// <summary>A fresh client that sends exactly <paramref name="cookie"/>, as an attacker replaying a saved cookie would.</summary>
    private async Task<(HttpStatusCode Page, string? Location, HttpStatusCode Api)> Replay(string cookie)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var page = new HttpRequestMessage(HttpMethod.Get, "/");
        page.Headers.Add("Cookie", cookie);
        var pageResponse = await client.SendAsync(page);
        using var api = new HttpRequestMessage(HttpMethod.Get, "/api/plans");
        api.Headers.Add("Cookie", cookie);
        var apiResponse = await client.SendAsync(api);
        return (pageResponse.StatusCode, pageResponse.Headers.Location?.OriginalString, apiResponse.StatusCode);
    }

    private static void AssertRejected((HttpStatusCode Page, string? Location, HttpStatusCode Api) r)
    {
        Assert.Equal(HttpStatusCode.Redirect, r.Page);
        Assert.StartsWith("/Login", new Uri(new Uri("http://localhost"), r.Location).PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, r.Api);
    }

    [Fact]
    public async Task A_cookie_saved_before_logout_is_refused_afterwards()
    {
        factory.CreateUser("sess-a", Password);
        var (client, cookie) = await SignIn("sess-a");
        Assert.Equal((HttpStatusCode.OK, null, HttpStatusCode.OK), await Replay(cookie));

        var token = await EcoGovFactory.FormToken(client, "/");
        var logout = await client.PostAsync("/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        AssertRejected(await Replay(cookie));
    }

    [Fact]
    public async Task Logout_ends_every_session_of_the_user()
    {
        factory.CreateUser("sess-e", Password);
        var (first, _) = await SignIn("sess-e");
        var (_, second) = await SignIn("sess-e");
        var token = await EcoGovFactory.FormToken(first, "/");
        await first.PostAsync("/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        AssertRejected(await Replay(second));
    }

    [Fact]
    public async Task A_cookie_for_a_deleted_user_is_refused()
    {
        factory.CreateUser("sess-b", Password);
        var (_, cookie) = await SignIn("sess-b");
        Assert.Equal(HttpStatusCode.OK, (await Replay(cookie)).Page);
        factory.DeleteUser("sess-b");
        AssertRejected(await Replay(cookie));
    }

    [Fact]
    public async Task The_cookie_lives_eight_hours_from_sign_in_without_sliding()
    {
        factory.CreateUser("sess-c", Password);
        var (client, _) = await SignIn("sess-c");
        factory.Clock.Advance(TimeSpan.FromHours(7));
        var late = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        // A sliding cookie would be re-issued here (more than half its lifetime gone) and live until 15 h.
        Assert.DoesNotContain(late.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], c => c.StartsWith("ecogov.auth=", StringComparison.Ordinal));
        factory.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        var expired = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
    }

    [Fact]
    public async Task A_changed_security_stamp_refuses_the_cookie()
    {
        factory.CreateUser("sess-d", Password);
        var (_, cookie) = await SignIn("sess-d");
        Assert.Equal(HttpStatusCode.OK, (await Replay(cookie)).Page);
        factory.UpdateUser("sess-d", u => u.SecurityStamp = EcoGov.Data.Users.SecurityStamps.New());
        AssertRejected(await Replay(cookie));
    }

    [Fact]
    public async Task A_changed_role_refuses_the_cookie()
    {
        factory.CreateUser("sess-h", Password, EcoGov.Core.Supervision.UserRoles.AdministratorName);
        var (_, cookie) = await SignIn("sess-h");
        Assert.Equal(HttpStatusCode.OK, (await Replay(cookie)).Page);
        factory.UpdateUser("sess-h", u => u.Role = "officer");
        AssertRejected(await Replay(cookie));
    }

    [Fact]
    public async Task A_disabled_user_loses_access_at_once_and_cannot_sign_in()
    {
        factory.CreateUser("sess-f", Password);
        var (_, cookie) = await SignIn("sess-f");
        Assert.Equal(HttpStatusCode.OK, (await Replay(cookie)).Page);
        factory.UpdateUser("sess-f", u => u.IsDisabled = true);
        AssertRejected(await Replay(cookie));
        var again = await EcoGovFactory.PostLoginAs(factory.NoRedirectClient(), "sess-f", Password);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("账户已停用", await again.Content.ReadAsStringAsync());
        // A wrong password for a disabled account gets the generic answer: "disabled" is told only to who knows the password.
        var wrong = await EcoGovFactory.PostLoginAs(factory.NoRedirectClient(), "sess-f", "wrong");
        Assert.DoesNotContain("账户已停用", await wrong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_administrator_disables_and_enables_an_account_on_the_users_page()
    {
        var id = factory.CreateUser("sess-g", Password).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (_, cookie) = await SignIn("sess-g");
        var admin = await factory.SignedInClient();
        async Task<HttpResponseMessage> Post(string handler) => await admin.PostAsync($"/Admin/Users?handler={handler}", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["id"] = id, ["__RequestVerificationToken"] = await EcoGovFactory.FormToken(admin, "/Admin/Users") }));

        Assert.Equal(HttpStatusCode.Redirect, (await Post("Disable")).StatusCode);
        Assert.True(factory.FindUser("sess-g")!.IsDisabled);
        AssertRejected(await Replay(cookie));
        Assert.Contains("已停用", await admin.GetStringAsync("/Admin/Users"));

        Assert.Equal(HttpStatusCode.Redirect, (await Post("Enable")).StatusCode);
        Assert.False(factory.FindUser("sess-g")!.IsDisabled);
        Assert.Equal(HttpStatusCode.Redirect, (await Post("Unlock")).StatusCode);
        // Each button is a change in the audit trail, by the administrator (the page goes through the application layer).
        var log = System.Text.Json.JsonDocument.Parse(await admin.GetStringAsync("/api/audit-log?type=user")).RootElement.EnumerateArray()
            .Where(e => e.GetProperty("objectId").GetString() == id).Select(e => (e.GetProperty("action").GetString(), e.GetProperty("userName").GetString())).ToList();
        Assert.Equal([("user.unlock", "admin"), ("user.enable", "admin"), ("user.disable", "admin")], log);
        // The old cookie stays dead (disabling changed the stamp); signing in again works.
        AssertRejected(await Replay(cookie));
        Assert.Equal(HttpStatusCode.OK, (await Replay((await SignIn("sess-g")).Cookie)).Page);
    }

    [Fact]
    public async Task An_administrator_cannot_disable_the_account_in_use()
    {
        var admin = await factory.SignedInClient();
        var id = factory.FindUser("admin")!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var token = await EcoGovFactory.FormToken(admin, "/Admin/Users");
        var r = await admin.PostAsync("/Admin/Users?handler=Disable", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["id"] = id, ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.False(factory.FindUser("admin")!.IsDisabled);
        Assert.Contains("不能停用当前登录的账户", await admin.GetStringAsync("/Admin/Users"));
    }
}
