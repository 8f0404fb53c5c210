using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace EcoGov.Web.Tests;

/// <summary>
/// <see cref="RequestGate"/>: with one permit, a request arriving while another is at work waits its turn; past the queue
/// time it is answered 503 + Retry-After (a page, or problem+json code serverBusy under /api) and the health endpoints
/// still answer; once the permit is free requests are served again.
/// </summary>
public sealed class RequestGateTests : IClassFixture<RequestGateTests.OnePermitFactory>
{
    public sealed class OnePermitFactory : EcoGovFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(RequestGate.PermitsSetting, "1");
            builder.UseSetting(RequestGate.QueueSetting, "1");
        }
    }

    private readonly OnePermitFactory factory;

    public RequestGateTests(OnePermitFactory factory) => this.factory = factory;

    [Fact]
    public async Task A_request_waits_for_the_permit_and_past_the_queue_time_is_answered_busy()
    {
        using var client = factory.NoRedirectClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Login")).StatusCode);

        var name = Guid.NewGuid().ToString("N");
        var holding = client.GetAsync("/test/hold?until=" + name);
        while (!EcoGovFactory.Held.ContainsKey(name)) await Task.Delay(10);

        var page = await client.GetAsync("/Login");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal("30", page.Headers.GetValues("Retry-After").Single());
        Assert.Contains("同时处理的请求过多", await page.Content.ReadAsStringAsync());
        var api = await client.GetAsync("/api/plans");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
        Assert.Contains("\"code\":\"serverBusy\"", await api.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);

        // a request that arrives while the permit is taken and gets it within its wait is served
        var waiting = client.GetAsync("/Login");
        await Task.Delay(200);
        EcoGovFactory.Held[name].SetResult();
        Assert.Equal("released", await (await holding).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await waiting).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Login")).StatusCode);
    }
}
