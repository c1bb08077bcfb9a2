using Reception.Contracts.Shared;

namespace Reception.Contracts.Accounts;

/// <summary>
/// An account of the built-in issuer as it is stored. <see cref="Stamp"/> changes whenever what a token says about
/// the account stops being true (disabled, role, scopes, password), which refuses the tokens issued before.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.stored-account")]
public sealed record StoredAccount(
    [property: Id(0)] string UserName,
    [property: Id(1)] ActorRole Role,
    [property: Id(2)] IReadOnlyList<string> Points,
    [property: Id(3)] IReadOnlyList<string> Programs,
    [property: Id(4)] string PasswordHash,
    [property: Id(5)] bool Disabled,
    [property: Id(6)] string Stamp,
    [property: Id(7)] int FailedAttempts,
    [property: Id(8)] DateTimeOffset? FailedSince,
    [property: Id(9)] DateTimeOffset? LockedUntil,
    [property: Id(10)] DateTimeOffset CreatedAt,
    [property: Id(11)] string CreatedBy,
    [property: Id(12)] DateTimeOffset ChangedAt,
    [property: Id(13)] string ChangedBy)
{
    /// <summary>The account as administrators read it: never the hash.</summary>
    public AccountView View(DateTimeOffset now) =>
        new(UserName, Role, Points, Programs, Disabled, LockedUntil > now ? LockedUntil : null, CreatedAt, CreatedBy, ChangedAt, ChangedBy);

    /// <summary>What every API host keeps of the account to check tokens on each request.</summary>
    public AccountStatus Status(long version) => new(UserName, Stamp, Disabled, LockedUntil, version);
}

/// <summary>An account as <c>GET /api/admin/accounts</c> shows it.</summary>
[GenerateSerializer, Immutable, Alias("reception.account-view")]
public sealed record AccountView(
    [property: Id(0)] string UserName,
    [property: Id(1)] ActorRole Role,
    [property: Id(2)] IReadOnlyList<string> Points,
    [property: Id(3)] IReadOnlyList<string> Programs,
    [property: Id(4)] bool Disabled,
    [property: Id(5)] DateTimeOffset? LockedUntil,
    [property: Id(6)] DateTimeOffset CreatedAt,
    [property: Id(7)] string CreatedBy,
    [property: Id(8)] DateTimeOffset ChangedAt,
    [property: Id(9)] string ChangedBy);
