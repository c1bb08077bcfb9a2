using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Reception.Tests.Infrastructure;

/// <summary>
/// A small OpenID Connect authority on loopback: it serves the discovery document and its RSA signing key (JWKS) as
/// a real provider does, and mints tokens with whatever claims a test gives them.
/// </summary>
public sealed class TestOidcAuthority : IAsyncDisposable
{
    public const string Audience = "reception-api";

    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key = NewKey("authority-key");
    private readonly JsonWebTokenHandler _handler = new();

    private TestOidcAuthority(int port)
    {
        Issuer = $"http://127.0.0.1:{port}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        builder.Logging.ClearProviders();
        _app = builder.Build();
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_key.Rsa.ExportParameters(false)) { KeyId = _key.KeyId });
        _app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["jwks_uri"] = $"{Issuer}/jwks",
            ["authorization_endpoint"] = $"{Issuer}/authorize",
            ["token_endpoint"] = $"{Issuer}/token",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        _app.MapGet("/jwks", () => Results.Json(new { keys = new[] { new { kty = jwk.Kty, use = "sig", alg = "RS256", kid = jwk.Kid, n = jwk.N, e = jwk.E } } }));
    }

    public string Issuer { get; }

    public static async Task<TestOidcAuthority> StartAsync()
    {
        var authority = new TestOidcAuthority(PostgresServer.FreePort());
        await authority._app.StartAsync();
        return authority;
    }

    /// <summary>A token signed by this authority's key (or by <paramref name="signingKey"/>), for <paramref name="audience"/> from <paramref name="issuer"/>.</summary>
    public string Mint(IReadOnlyDictionary<string, object> claims, string? audience = Audience, string? issuer = null, SecurityKey? signingKey = null)
    {
        var now = DateTime.UtcNow;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(10),
            Claims = claims.ToDictionary(c => c.Key, c => c.Value),
            SigningCredentials = new SigningCredentials(signingKey ?? _key, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>A key that is not the authority's, under the same key id, as a forger would use.</summary>
    public SecurityKey ForeignKey() => NewKey(_key.KeyId!);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static RsaSecurityKey NewKey(string keyId) => new(RSA.Create(2048)) { KeyId = keyId };
}
