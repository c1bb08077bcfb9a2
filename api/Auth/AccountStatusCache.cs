using System.Collections.Concurrent;
using System.Security.Claims;
using Reception.Contracts.Accounts;
using Reception.Contracts.Shared;

namespace Reception.Api.Auth;

/// <summary>
/// This host's copy of every account's <see cref="AccountStatus"/>, which each REST request and hub call is checked
/// against without leaving the process: the accounts grain pushes every change here (and waits for this host to
/// take it) before it answers the administrator, and <see cref="AccountStatusSubscription"/> reloads all of it
/// whenever the grain's version moved without this host being told.
/// </summary>
public sealed class AccountStatusCache(TimeProvider time) : IAccountsObserver
{
    private readonly ConcurrentDictionary<string, AccountStatus> _statuses = new(StringComparer.OrdinalIgnoreCase);
    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static readonly TimeSpan FirstLoadWait = TimeSpan.FromSeconds(10);

    public long Version { get; private set; }

    /// <summary>Completes once the first full load arrived; requests before it wait for it.</summary>
    public Task Loaded => _loaded.Task;

    /// <summary>Raised with the user name after a pushed change was applied (the hub closes the account's connections).</summary>
    public event Action<string>? StatusChanged;

    public Task Changed(AccountStatus status)
    {
        Apply(status);
        StatusChanged?.Invoke(status.UserName);
        return Task.CompletedTask;
    }

    public void Load(AccountStatuses statuses)
    {
        foreach (var status in statuses.Accounts)
        {
            Apply(status);
        }
        Version = statuses.Version;
        _loaded.TrySetResult();
    }

    public DateTimeOffset? LockedUntil(string userName) =>
        _statuses.TryGetValue(userName, out var status) && IsLocked(status) ? status.LockedUntil : null;

    /// <summary>
    /// Why the signed-in <paramref name="user"/> may no longer act, or null: the account is locked out, or the token's
    /// stamp is not the account's (disabled, role, scopes or password changed since it was issued).
    /// </summary>
    public async ValueTask<Refusal?> CheckAsync(ClaimsPrincipal user)
    {
        if (!_loaded.Task.IsCompleted)
        {
            // Only right after start, before the cluster first answered: a request then fails rather than waits forever.
            await _loaded.Task.WaitAsync(FirstLoadWait);
        }
        return Check(user);
    }

    /// <summary><see cref="CheckAsync"/> once the statuses are loaded.</summary>
    public Refusal? Check(ClaimsPrincipal user)
    {
        if (ActorAccess.UserName(user) is not { } userName)
        {
            return null;
        }
        _statuses.TryGetValue(userName, out var status);
        if (status is not null && IsLocked(status))
        {
            return Refusal.Of(ProblemCodes.AccountLockedOut, ("until", status.LockedUntil));
        }
        var stamp = user.FindFirst(ReceptionClaims.Stamp)?.Value;
        return stamp is not null && (status is null || status.Disabled || status.Stamp != stamp)
            ? Refusal.Of(ProblemCodes.SignInAgain)
            : null;
    }

    // A push and a reload may cross: the newer status of an account wins.
    private void Apply(AccountStatus status) =>
        _statuses.AddOrUpdate(status.UserName, status, (_, current) => status.Version >= current.Version ? status : current);

    private bool IsLocked(AccountStatus status) => status.LockedUntil > time.GetUtcNow();
}
