using Reception.Contracts.Shared;

namespace Reception.Contracts.Accounts;

/// <summary>
/// The built-in issuer's stored accounts, one activation for the cluster (key <see cref="Key"/>): it writes them
/// through and keeps them in memory, and pushes every change that refuses tokens to the API hosts subscribed with
/// an <see cref="IAccountsObserver"/> before it answers, so the next request on any host sees it.
/// </summary>
[Alias("reception.accounts")]
public interface IAccountsGrain : IGrainWithStringKey
{
    public const string Key = "accounts";

    [Alias("list"), AlwaysInterleave]
    Task<IReadOnlyList<AccountView>> List(Actor actor);

    [Alias("events"), AlwaysInterleave]
    Task<IReadOnlyList<AccountEvent>> Events(Actor actor, string userName);

    // A change is acknowledged once every host has it; just after the grain started that waits for the hosts to
    // re-subscribe (two renewal periods, 10 s), longer than the clients' default response timeout (5 s).
    [Alias("create"), ResponseTimeout("00:00:30")]
    Task<AccountView> Create(Actor actor, NewAccount account);

    [Alias("change"), ResponseTimeout("00:00:30")]
    Task<AccountView> Change(Actor actor, string userName, AccountChange change);

    /// <summary>The stored account to check a sign-in against (with its hash); null when there is none.</summary>
    [Alias("find"), AlwaysInterleave]
    Task<StoredAccount?> Find(string userName);

    /// <summary>Counts a failed sign-in of an existing account; answers until when it is now locked out, if it is.</summary>
    [Alias("sign-in-failed"), ResponseTimeout("00:00:30")]
    Task<DateTimeOffset?> SignInFailed(string userName);

    /// <summary>A successful sign-in clears the account's failures.</summary>
    [Alias("signed-in")]
    Task SignedIn(string userName);

    /// <summary>Subscribes (or renews) a host's observer; answers every status at the grain's current version.</summary>
    [Alias("subscribe"), AlwaysInterleave]
    Task<AccountStatuses> Subscribe(IAccountsObserver observer);
}

/// <summary>An API host's cache of <see cref="AccountStatus"/>, told of every change.</summary>
[Alias("reception.accounts-observer")]
public interface IAccountsObserver : IGrainObserver
{
    [Alias("changed")]
    Task Changed(AccountStatus status);
}
