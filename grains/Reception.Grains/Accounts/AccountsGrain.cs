using Microsoft.Extensions.Logging;
using Reception.Contracts.Accounts;
using Reception.Grains.Catalog;

namespace Reception.Grains.Accounts;

/// <summary>
/// The built-in issuer's accounts: every stored account in memory, written through <see cref="IAccountStore"/>, and
/// the failures of the accounts that are not stored (configured and demo ones) in memory only. A change that
/// refuses tokens is pushed to every subscribed API host, and awaited, before the grain answers: so the request
/// after an administrator's change, on any host, is checked against it.
/// </summary>
[GrainType("reception.accounts")]
internal sealed partial class AccountsGrain(
    IAccountStore store, ICatalogCache catalog, TimeProvider time, ILogger<AccountsGrain> logger) : Grain, IAccountsGrain
{
    private static readonly TimeSpan PushTimeout = TimeSpan.FromSeconds(3);

    private readonly Dictionary<string, StoredAccount> _stored = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, AccountLockout> _unstored = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<IAccountsObserver, DateTimeOffset> _observers = [];
    private long _version;
    private DateTimeOffset _settledAt;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var account in await store.LoadAsync())
        {
            _stored[account.UserName] = account;
        }
        // Versions of a new activation stay above those of the one before (hosts keep the highest they saw).
        var now = time.GetUtcNow();
        _version = now.ToUnixTimeMilliseconds() * 1000;
        // A new activation knows no host yet: a change waits until every live host has renewed its subscription.
        _settledAt = now + AccountStatuses.RenewalPeriod + AccountStatuses.RenewalPeriod;
    }

    public Task<IReadOnlyList<AccountView>> List(Actor actor)
    {
        actor.RequireAdminister();
        var now = time.GetUtcNow();
        return Task.FromResult<IReadOnlyList<AccountView>>(
            _stored.Values.OrderBy(a => a.UserName, StringComparer.OrdinalIgnoreCase).Select(a => a.View(now)).ToList());
    }

    public async Task<IReadOnlyList<AccountEvent>> Events(Actor actor, string userName)
    {
        actor.RequireAdminister();
        var account = await FindStoredAsync(userName) ?? throw ReceptionException.NotFound(ProblemCodes.AccountNotFound, ("username", userName));
        return await store.EventsAsync(account.UserName);
    }

    public async Task<AccountView> Create(Actor actor, NewAccount account)
    {
        actor.RequireAdminister();
        var points = AccountRules.PointCodes(account.Points);
        var programs = AccountRules.ProgramIds(account.Programs);
        var errors = new FieldErrors().UserName("username", account.UserName).Scopes(account.Role, points, programs)
            .Required("password", account.PasswordHash);
        await CheckCatalogAsync(errors, points, programs);
        errors.ThrowIfAny();

        var userName = account.UserName.Trim();
        if (await FindStoredAsync(userName) is not null)
        {
            throw ReceptionException.Conflict(ProblemCodes.AccountExists, ("username", userName));
        }
        var now = time.GetUtcNow();
        var stored = new StoredAccount(userName, account.Role, points, programs, account.PasswordHash, false, AccountRules.NewStamp(),
            0, null, null, now, actor.UserName, now, actor.UserName);
        var created = new AccountEvent(userName, now, actor.UserName, AccountEventKinds.Created, Describe(stored));
        if (!await store.InsertAsync(stored, created))
        {
            throw ReceptionException.Conflict(ProblemCodes.AccountExists, ("username", userName));
        }
        _stored[userName] = stored;
        await PublishAsync(stored.Status(++_version));
        return stored.View(now);
    }

    public async Task<AccountView> Change(Actor actor, string userName, AccountChange change)
    {
        actor.RequireAdminister();
        var current = await FindStoredAsync(userName) ?? throw ReceptionException.NotFound(ProblemCodes.AccountNotFound, ("username", userName));
        var role = change.Role ?? current.Role;
        var points = change.Points is null ? current.Points : AccountRules.PointCodes(change.Points);
        var programs = change.Programs is null ? current.Programs : AccountRules.ProgramIds(change.Programs);
        var errors = new FieldErrors().Scopes(role, points, programs);
        await CheckCatalogAsync(errors, points.Except(current.Points).ToList(), programs.Except(current.Programs).ToList());
        errors.ThrowIfAny();

        var scopesChanged = role != current.Role || !points.SequenceEqual(current.Points) || !programs.SequenceEqual(current.Programs);
        var disabled = change.Disabled ?? current.Disabled;
        var reset = !string.IsNullOrEmpty(change.PasswordHash);
        var now = time.GetUtcNow();
        if (!scopesChanged && disabled == current.Disabled && !reset)
        {
            return current.View(now);
        }

        var next = current with
        {
            Role = role,
            Points = points,
            Programs = programs,
            Disabled = disabled,
            PasswordHash = reset ? change.PasswordHash! : current.PasswordHash,
            Stamp = AccountRules.NewStamp(),
            ChangedAt = now,
            ChangedBy = actor.UserName,
        };
        if (reset)
        {
            // A new password from an administrator also lifts a lockout: the person was just given a way back in.
            next = next with { FailedAttempts = 0, FailedSince = null, LockedUntil = null };
        }
        var kind = (scopesChanged, disabled != current.Disabled, reset) switch
        {
            (false, true, false) => disabled ? AccountEventKinds.Disabled : AccountEventKinds.Enabled,
            (false, false, true) => AccountEventKinds.PasswordReset,
            _ => AccountEventKinds.Changed,
        };
        await WriteAsync(next, new AccountEvent(next.UserName, now, actor.UserName, kind, Describe(current, next, reset)));
        await PublishAsync(next.Status(++_version));
        return next.View(now);
    }

    public async Task<StoredAccount?> Find(string userName)
    {
        if (_stored.TryGetValue(userName, out var known))
        {
            return known;
        }
        // An account the silo's command wrote into storage directly: learnt here, and told to the hosts before its first token.
        var found = await store.FindAsync(userName);
        if (found is not null && _stored.TryAdd(found.UserName, found))
        {
            await PublishAsync(found.Status(++_version));
        }
        return found;
    }

    public async Task<DateTimeOffset?> SignInFailed(string userName)
    {
        var now = time.GetUtcNow();
        if (await FindStoredAsync(userName) is { } account)
        {
            var lockout = AccountLockout.Of(account);
            if (lockout.IsLocked(now))
            {
                return lockout.LockedUntil;
            }
            var after = lockout.AfterFailure(now);
            var next = account with { FailedAttempts = after.FailedAttempts, FailedSince = after.FailedSince, LockedUntil = after.LockedUntil };
            var locked = after.IsLocked(now);
            await WriteAsync(next, locked ? LockedOutEvent(next.UserName, now, after.LockedUntil!.Value) : null);
            if (locked)
            {
                LogLockedOut(logger, next.UserName, after.LockedUntil!.Value);
                await PublishAsync(next.Status(++_version));
            }
            return locked ? after.LockedUntil : null;
        }

        var current = _unstored.GetValueOrDefault(userName);
        if (current.IsLocked(now))
        {
            return current.LockedUntil;
        }
        var updated = current.AfterFailure(now);
        _unstored[userName] = updated;
        if (!updated.IsLocked(now))
        {
            return null;
        }
        LogLockedOut(logger, userName, updated.LockedUntil!.Value);
        await PublishAsync(new AccountStatus(userName, null, false, updated.LockedUntil, ++_version));
        return updated.LockedUntil;
    }

    public async Task SignedIn(string userName)
    {
        if (_stored.TryGetValue(userName, out var account) && account.FailedAttempts > 0)
        {
            await WriteAsync(account with { FailedAttempts = 0, FailedSince = null }, null);
        }
        _unstored.Remove(userName);
    }

    public Task<AccountStatuses> Subscribe(IAccountsObserver observer)
    {
        var now = time.GetUtcNow();
        _observers[observer] = now;
        var statuses = _stored.Values.Select(a => a.Status(_version))
            .Concat(_unstored.Where(u => u.Value.IsLocked(now)).Select(u => new AccountStatus(u.Key, null, false, u.Value.LockedUntil, _version)))
            .ToList();
        return Task.FromResult(new AccountStatuses(_version, statuses));
    }

    private async Task<StoredAccount?> FindStoredAsync(string userName) =>
        _stored.TryGetValue(userName.Trim(), out var account) ? account : await Find(userName.Trim());

    private async Task WriteAsync(StoredAccount next, AccountEvent? change)
    {
        await store.UpdateAsync(next, change);
        _stored[next.UserName] = next;
    }

    private async Task CheckCatalogAsync(FieldErrors errors, IReadOnlyList<string> points, IReadOnlyList<string> programs)
    {
        foreach (var code in points)
        {
            if (await catalog.FindPointAsync(code) is null)
            {
                errors.Add("points", ProblemCodes.PointNotFound, ("pointCode", code));
            }
        }
        foreach (var id in programs)
        {
            if (await catalog.FindProgramAsync(id) is null)
            {
                errors.Add("programs", ProblemCodes.ProgramNotFound, ("programId", id));
            }
        }
    }

    // Every live host is told, and answers, before the change is acknowledged; a host that cannot be reached in
    // PushTimeout is dropped (it re-subscribes, and reloads every status, at its next renewal).
    private async Task PublishAsync(AccountStatus status)
    {
        var wait = _settledAt - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time);
        }
        var now = time.GetUtcNow();
        foreach (var stale in _observers.Where(o => now - o.Value > AccountStatuses.RenewalPeriod * 3).Select(o => o.Key).ToList())
        {
            _observers.Remove(stale);
        }
        await Task.WhenAll(_observers.Keys.ToList().Select(async observer =>
        {
            try
            {
                await observer.Changed(status).WaitAsync(PushTimeout);
            }
            catch (Exception ex)
            {
                _observers.Remove(observer);
                LogHostDropped(logger, ex.GetType().Name);
            }
        }));
    }

    private static AccountEvent LockedOutEvent(string userName, DateTimeOffset now, DateTimeOffset until) =>
        new(userName, now, "system", AccountEventKinds.LockedOut, $"until {Refusal.Text(until)}");

    private static string Describe(StoredAccount account) =>
        $"role {Refusal.Text(account.Role)}{Scopes(account)}";

    private static string Describe(StoredAccount before, StoredAccount after, bool reset)
    {
        var parts = new List<string>();
        if (before.Role != after.Role || !before.Points.SequenceEqual(after.Points) || !before.Programs.SequenceEqual(after.Programs))
        {
            parts.Add($"{Describe(before)} → {Describe(after)}");
        }
        if (before.Disabled != after.Disabled)
        {
            parts.Add(after.Disabled ? "disabled" : "enabled");
        }
        if (reset)
        {
            parts.Add("password reset");
        }
        return string.Join("; ", parts);
    }

    private static string Scopes(StoredAccount account) =>
        (account.Points.Count > 0 ? $", points {string.Join(" ", account.Points)}" : "")
        + (account.Programs.Count > 0 ? $", programs {string.Join(" ", account.Programs)}" : "");

    [LoggerMessage(1, LogLevel.Warning, "Account {UserName} locked out until {Until} after repeated failed sign-ins")]
    private static partial void LogLockedOut(ILogger logger, string userName, DateTimeOffset until);

    [LoggerMessage(2, LogLevel.Warning, "An API host did not take an account change ({Failure}); it reloads every account at its next renewal")]
    private static partial void LogHostDropped(ILogger logger, string failure);
}
