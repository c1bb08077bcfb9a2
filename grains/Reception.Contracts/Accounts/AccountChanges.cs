using Reception.Contracts.Shared;

namespace Reception.Contracts.Accounts;

/// <summary>A new account; the password is already hashed by the caller (the hash never leaves the hosts).</summary>
[GenerateSerializer, Immutable, Alias("reception.new-account")]
public sealed record NewAccount(
    [property: Id(0)] string UserName,
    [property: Id(1)] ActorRole Role,
    [property: Id(2)] IReadOnlyList<string> Points,
    [property: Id(3)] IReadOnlyList<string> Programs,
    [property: Id(4)] string PasswordHash);

/// <summary>A change to an account: each field left null stays as it is.</summary>
[GenerateSerializer, Immutable, Alias("reception.account-change")]
public sealed record AccountChange(
    [property: Id(0)] ActorRole? Role,
    [property: Id(1)] IReadOnlyList<string>? Points,
    [property: Id(2)] IReadOnlyList<string>? Programs,
    [property: Id(3)] bool? Disabled,
    [property: Id(4)] string? PasswordHash);

/// <summary>
/// One change to an account in its history: who did what and when. <see cref="Detail"/> names what changed
/// (role, scopes, disabled, "password reset"), never a password or a hash.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.account-event")]
public sealed record AccountEvent(
    [property: Id(0)] string UserName,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string By,
    [property: Id(3)] string Kind,
    [property: Id(4)] string Detail);

/// <summary>The kinds of <see cref="AccountEvent"/>.</summary>
public static class AccountEventKinds
{
    public const string Created = "created";
    public const string Changed = "changed";
    public const string Disabled = "disabled";
    public const string Enabled = "enabled";
    public const string PasswordReset = "passwordReset";
    public const string LockedOut = "lockedOut";
}
