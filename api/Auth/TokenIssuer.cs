using System.ComponentModel.DataAnnotations;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Reception.Contracts.Shared;

namespace Reception.Api.Auth;

/// <summary>Issues the API's own JWTs (HMAC-SHA256) with the claims of <see cref="ReceptionClaims"/>.</summary>
public sealed class TokenIssuer(SymmetricSecurityKey key, AuthSettings settings, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new();

    public TokenResponse Issue(Account account)
    {
        var now = time.GetUtcNow();
        var expires = now + settings.TokenLifetime;
        var claims = new Dictionary<string, object>
        {
            [ReceptionClaims.Subject] = account.UserName,
            [ReceptionClaims.Name] = account.UserName,
            [ReceptionClaims.Role] = ReceptionClaims.RoleName(account.Role),
            [ReceptionClaims.Points] = account.Points.ToArray(),
            [ReceptionClaims.Programs] = account.Programs.ToArray(),
        };
        if (account.Stamp is not null)
        {
            claims[ReceptionClaims.Stamp] = account.Stamp;
        }
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = ReceptionClaims.Issuer,
            Audience = ReceptionClaims.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
            Claims = claims,
        });
        return new TokenResponse(token, expires, ReceptionClaims.RoleName(account.Role), account.Points, account.Programs, account.UserName);
    }
}

public sealed record TokenRequest(
    [property: Required, StringLength(Limits.NameLength)] string? Username,
    [property: Required, StringLength(Limits.PasswordLength)] string? Password);

public sealed record TokenResponse(
    string AccessToken,
    DateTimeOffset ExpiresAt,
    string Role,
    IReadOnlyList<string> Points,
    IReadOnlyList<string> Programs,
    string UserName);
