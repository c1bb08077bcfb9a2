using Reception.Contracts.Accounts;

namespace Reception.Grains.Accounts;

/// <summary>
/// The per-account sign-in limit: <see cref="Limits.LockoutFailures"/> failures within
/// <see cref="Limits.LockoutWindowMinutes"/> lock the account for <see cref="Limits.LockoutMinutes"/>; a success, or
/// a window that passed, starts the count again.
/// </summary>
public readonly record struct AccountLockout(int FailedAttempts, DateTimeOffset? FailedSince, DateTimeOffset? LockedUntil)
{
    public static AccountLockout Of(StoredAccount account) => new(account.FailedAttempts, account.FailedSince, account.LockedUntil);

    public bool IsLocked(DateTimeOffset now) => LockedUntil > now;

    public AccountLockout AfterFailure(DateTimeOffset now)
    {
        // Locking clears the count, so after a lock has run out one more failure does not lock again at once.
        var inWindow = FailedSince is { } since && now - since < TimeSpan.FromMinutes(Limits.LockoutWindowMinutes);
        var count = inWindow ? FailedAttempts + 1 : 1;
        return count >= Limits.LockoutFailures
            ? new AccountLockout(0, null, now + TimeSpan.FromMinutes(Limits.LockoutMinutes))
            : new AccountLockout(count, inWindow ? FailedSince : now, LockedUntil);
    }
}
