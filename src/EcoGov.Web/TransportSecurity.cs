using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace EcoGov.Web;

/// <summary>
/// HTTPS as the user connected: X-Forwarded-Proto and X-Forwarded-For are believed only from a trusted reverse proxy
/// (<see cref="TrustedProxiesSetting"/>, loopback by default), so that a request that reached the proxy over TLS counts as
/// HTTPS (HSTS is sent, the sign-in and antiforgery cookies are Secure) and the per-address sign-in limit sees the client's
/// address; the same headers from anyone else are ignored. Plain HTTP never gets HSTS (it can only be set over TLS).
/// </summary>
public static class TransportSecurity
{
    /// <summary>Addresses or CIDR networks of the reverse proxies whose X-Forwarded-* headers are believed; "none" for none.</summary>
    public const string TrustedProxiesSetting = "EcoGov:TrustedProxies";

    public const string DefaultTrustedProxies = "127.0.0.0/8,::1";

    /// <summary>Sends includeSubDomains with HSTS when true (off by default: other hosts of the domain may not have TLS).</summary>
    public const string HstsIncludeSubDomainsSetting = "EcoGov:Hsts:IncludeSubDomains";

    /// <summary>182 days = 15,724,800 seconds, the value OWASP ASVS 14.4.5 gives.</summary>
    public static readonly TimeSpan HstsMaxAge = TimeSpan.FromSeconds(15_724_800);

    public static void AddTransportSecurity(WebApplicationBuilder builder)
    {
        var proxies = ParseTrustedProxies(builder.Configuration[TrustedProxiesSetting] ?? DefaultTrustedProxies);
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            // No trusted proxy: no forwarded header at all (empty lists would make the middleware believe everyone).
            o.ForwardedHeaders = proxies.Count == 0 ? ForwardedHeaders.None : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var network in proxies) o.KnownIPNetworks.Add(network);
            // One proxy in front of the app: only its own entry of X-Forwarded-For is taken.
            o.ForwardLimit = 1;
        });
        var includeSubDomains = builder.Configuration.GetValue(HstsIncludeSubDomainsSetting, false);
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = HstsMaxAge;
            o.IncludeSubDomains = includeSubDomains;
        });
    }

    /// <summary>
    /// The networks of <see cref="TrustedProxiesSetting"/>: comma- or semicolon-separated addresses (a single host) or CIDR
    /// networks; empty or "none" trusts no proxy. A value that is neither stops start-up with a message.
    /// </summary>
    public static IReadOnlyList<System.Net.IPNetwork> ParseTrustedProxies(string value)
    {
        var list = new List<System.Net.IPNetwork>();
        foreach (var raw in value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (raw.Equals("none", StringComparison.OrdinalIgnoreCase)) continue;
            if (System.Net.IPNetwork.TryParse(raw, out var network)) list.Add(network);
            else if (IPAddress.TryParse(raw, out var address))
                list.Add(new System.Net.IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? 128 : 32));
            else
                throw new InvalidOperationException(
                    $"配置 {TrustedProxiesSetting} 中的“{Core.Text.UserText.Quote(raw)}”不是 IP 地址或 CIDR 网段 / " +
                    $"{TrustedProxiesSetting}: \"{Core.Text.UserText.Quote(raw)}\" is neither an IP address nor a CIDR network");
        }
        return list;
    }
}
