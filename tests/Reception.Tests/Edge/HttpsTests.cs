using System.Net;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Edge;

/// <summary>
/// With <c>Reception:Web:RequireHttps</c>, plain HTTP is redirected to HTTPS and HTTPS answers carry HSTS; behind a
/// reverse proxy with <c>Reception:Web:ForwardedHeaders</c>, the proxy's <c>X-Forwarded-Proto</c> says which it was.
/// </summary>
public sealed class HttpsTests
{
    private const string PublicHost = "reception.example";

    [Fact]
    public async Task Behind_a_known_proxy_http_is_redirected_to_https_and_https_answers_carry_hsts()
    {
        var ports = ReceptionHosts.Ports.Free();
        await using var host = ReceptionHosts.StartEmbeddedApi(ReceptionHosts.NewDataFolder(), ports, new Dictionary<string, string>
        {
            ["Reception__Web__RequireHttps"] = "true",
            ["Reception__Web__ForwardedHeaders"] = "true",
            ["Reception__Web__KnownProxies__0"] = "127.0.0.1",
            ["ASPNETCORE_HTTPS_PORT"] = "443",
        });
        await host.WaitUntilReadyAsync();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(ports.BaseUrl) };

        using var plain = await http.SendAsync(Request("http"));
        Assert.Equal(HttpStatusCode.TemporaryRedirect, plain.StatusCode);
        Assert.Equal($"https://{PublicHost}/health", plain.Headers.Location?.ToString());

        using var secure = await http.SendAsync(Request("https"));
        Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
        Assert.True(secure.Headers.TryGetValues("Strict-Transport-Security", out var hsts), "HTTPS answers carry HSTS");
        Assert.Contains("max-age=31536000", string.Join(",", hsts), StringComparison.Ordinal);
    }

    [Fact]
    public async Task By_default_plain_http_is_served_without_redirect_or_hsts()
    {
        var ports = ReceptionHosts.Ports.Free();
        await using var host = ReceptionHosts.StartEmbeddedApi(ReceptionHosts.NewDataFolder(), ports);
        await host.WaitUntilReadyAsync();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(ports.BaseUrl) };

        using var plain = await http.SendAsync(Request("https"));
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    private static HttpRequestMessage Request(string forwardedProto)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Host = PublicHost;
        request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        return request;
    }
}
