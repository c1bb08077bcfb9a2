namespace Reception.Api.Auth;

/// <summary>What a sign-in came to: the account on success; otherwise why not, and until when a lockout lasts.</summary>
public sealed record SignInOutcome(Account? Account, bool Disabled = false, DateTimeOffset? LockedUntil = null)
{
    public static readonly SignInOutcome Failed = new((Account?)null);

    public static SignInOutcome Locked(DateTimeOffset until) => new(null, LockedUntil: until);
}
