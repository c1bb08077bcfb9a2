namespace Reception.Api.Auth;

/// <summary>
/// <c>Reception:Auth</c>. With <see cref="Authority"/> set the API trusts the organisation's OpenID Connect
/// provider; otherwise it issues its own tokens at <c>POST /api/auth/token</c> for <see cref="Accounts"/>
/// (and the demo accounts when demo data is seeded).
/// </summary>
public sealed class AuthSettings
{
    public const string Section = "Reception:Auth";

    public string? Authority { get; set; }

    public string? Audience { get; set; }

    public List<AccountSettings> Accounts { get; set; } = [];

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Failed sign-ins allowed per client address and minute (successful ones are never counted).</summary>
    public int SignInFailuresPerMinute { get; set; } = Reception.Contracts.Shared.Limits.SignInFailuresPerAddressPerMinute;

    /// <summary>Constancia verifications allowed per client address and minute (anonymous: guessing codes stays slow).</summary>
    public int VerificationsPerMinute { get; set; } = 10;

    /// <summary>Commands (POST and PUT under <c>/api</c>) allowed per signed-in user and minute, so a runaway integration cannot starve a point.</summary>
    public int CommandsPerMinute { get; set; } = 600;

    public bool UsesExternalIssuer => !string.IsNullOrWhiteSpace(Authority);

    public bool AuthorityIsLoopback => Uri.TryCreate(Authority, UriKind.Absolute, out var uri) && uri.IsLoopback;
}

/// <summary>An account of the API's own token issuer. <see cref="PasswordHash"/> is an ASP.NET Core Identity PBKDF2 hash.</summary>
public sealed class AccountSettings
{
    public string UserName { get; set; } = "";

    public string PasswordHash { get; set; } = "";

    /// <summary><c>coordinator</c>, <c>pointManager</c>, <c>provider</c> or <c>administrator</c>.</summary>
    public string Role { get; set; } = "";

    public List<string> Points { get; set; } = [];

    public List<string> Programs { get; set; } = [];
}
