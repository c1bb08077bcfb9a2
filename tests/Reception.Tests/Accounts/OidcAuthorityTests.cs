using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Reception.Tests.Api;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Accounts;

/// <summary>
/// The API trusting an OpenID Connect authority (a test authority on loopback, found through its discovery
/// document): its tokens sign in every role with the scopes their claims give, in either of the shapes providers
/// use; a token for another audience, from another issuer or signed by another key is refused.
/// </summary>
public sealed class OidcAuthorityTests : IAsyncLifetime
{
    private readonly ReceptionHosts.Ports _ports = ReceptionHosts.Ports.Free();
    private TestOidcAuthority _authority = null!;
    private HostProcess _host = null!;

    public async Task InitializeAsync()
    {
        _authority = await TestOidcAuthority.StartAsync();
        _host = ReceptionHosts.StartEmbeddedApi(ReceptionHosts.NewDataFolder(), _ports, new Dictionary<string, string>
        {
            ["Reception__Auth__Authority"] = _authority.Issuer,
            ["Reception__Auth__Audience"] = TestOidcAuthority.Audience,
        });
        await _host.WaitUntilReadyAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _authority.DisposeAsync();
    }

    [Fact]
    public async Task Tokens_of_the_authority_sign_in_each_role_with_the_scopes_of_their_claims()
    {
        var coordinator = await MeAsync(_authority.Mint(new Dictionary<string, object> { ["sub"] = "u-1", ["preferred_username"] = "ana.coordinadora", ["role"] = "coordinator" }));
        Assert.Equal("coordinator", coordinator.Text("role"));
        Assert.Equal("ana.coordinadora", coordinator.Text("userName"));

        // roles as an array and points as one space-separated string
        var manager = await MeAsync(_authority.Mint(new Dictionary<string, object> { ["sub"] = "u-2", ["roles"] = new[] { "pointManager" }, ["points"] = "tij MXL" }));
        Assert.Equal("pointManager", manager.Text("role"));
        Assert.Equal(["TIJ", "MXL"], manager.GetProperty("points").EnumerateArray().Select(p => p.GetString()));

        // programs as an array
        var provider = await MeAsync(_authority.Mint(new Dictionary<string, object> { ["sub"] = "u-3", ["role"] = "provider", ["programs"] = new[] { "imss-salud", "ine-credencial" } }));
        Assert.Equal("provider", provider.Text("role"));
        Assert.Equal(["imss-salud", "ine-credencial"], provider.GetProperty("programs").EnumerateArray().Select(p => p.GetString()));

        var administrator = await MeAsync(_authority.Mint(new Dictionary<string, object> { ["sub"] = "u-4", ["name"] = "admin.ti", ["roles"] = "administrator" }));
        Assert.Equal("administrator", administrator.Text("role"));

        // The manager acts at its points, not elsewhere: the scopes are what authorise.
        using var asManager = Client(_authority.Mint(new Dictionary<string, object> { ["sub"] = "u-2", ["roles"] = new[] { "pointManager" }, ["points"] = "TIJ" }));
        Assert.Equal(HttpStatusCode.OK, (await asManager.GetJsonAsync("/api/points/TIJ")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await asManager.GetJsonAsync("/api/points/MXL")).Response.StatusCode);
        // No built-in issuer with an authority: no token endpoint, no stored accounts.
        Assert.Equal(HttpStatusCode.NotFound, (await asManager.PostJsonAsync("/api/auth/token", new { username = "coordinator", password = "reception-demo" })).Response.StatusCode);
    }

    [Fact]
    public async Task A_token_for_another_audience_from_another_issuer_or_signed_by_another_key_is_refused()
    {
        var claims = new Dictionary<string, object> { ["sub"] = "u-9", ["role"] = "coordinator" };
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(_authority.Mint(claims)));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(_authority.Mint(claims, audience: "another-api")));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(_authority.Mint(claims, issuer: "http://127.0.0.1:1/not-the-authority")));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(_authority.Mint(claims, signingKey: _authority.ForeignKey())));
        var (refused, problem) = await Client(_authority.Mint(claims, audience: "another-api")).GetJsonAsync("/api/auth/me");
        HttpJson.AssertProblem(refused, problem, 401);
    }

    private async Task<JsonElement> MeAsync(string token)
    {
        using var client = Client(token);
        var (response, body) = await client.GetJsonAsync("/api/auth/me");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {body}");
        return body;
    }

    private async Task<HttpStatusCode> StatusAsync(string token)
    {
        using var client = Client(token);
        return (await client.GetJsonAsync("/api/auth/me")).Response.StatusCode;
    }

    private HttpClient Client(string token)
    {
        var client = new HttpClient { BaseAddress = new Uri(_ports.BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
