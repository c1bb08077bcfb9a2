namespace Reception.Contracts.Accounts;

/// <summary>
/// What a token is checked against on each request: the account's current <see cref="Stamp"/> (null for accounts
/// that are not stored: configured and demo ones), whether it is disabled, and until when it is locked out.
/// <see cref="Version"/> orders the changes, so a host never replaces a newer status with an older one.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.account-status")]
public sealed record AccountStatus(
    [property: Id(0)] string UserName,
    [property: Id(1)] string? Stamp,
    [property: Id(2)] bool Disabled,
    [property: Id(3)] DateTimeOffset? LockedUntil,
    [property: Id(4)] long Version);

/// <summary>Every account's status at <see cref="Version"/>.</summary>
[GenerateSerializer, Immutable, Alias("reception.account-statuses")]
public sealed record AccountStatuses(
    [property: Id(0)] long Version,
    [property: Id(1)] IReadOnlyList<AccountStatus> Accounts)
{
    /// <summary>How often an API host renews its subscription; the grain drops a host silent for three periods.</summary>
    public static readonly TimeSpan RenewalPeriod = TimeSpan.FromSeconds(5);
}
