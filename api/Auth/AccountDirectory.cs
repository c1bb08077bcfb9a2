using Reception.Api.Problems;
using Reception.Contracts.Accounts;
using Reception.Silo.Accounts;
using Reception.Silo.Hosting;

namespace Reception.Api.Auth;

/// <summary>
/// The accounts of the API's own token issuer: those configured under <c>Reception:Auth:Accounts</c> (PBKDF2
/// hashes from ASP.NET Core Identity's password hasher), the demo accounts (<see cref="DemoAccounts"/>, password
/// <see cref="DemoAccounts.Password"/>) when demo data is seeded, and the accounts administrators store (the
/// accounts grain). Every one of them is locked out after repeated failures (<see cref="Reception.Contracts.Shared.Limits.LockoutFailures"/>).
/// </summary>
public sealed class AccountDirectory
{
    private readonly Dictionary<string, (Account Account, string Hash)> _builtIn;
    private readonly IReadOnlyDictionary<string, Account> _demo;
    private readonly IGrainFactory _grains;
    private readonly AccountStatusCache _statuses;
    private readonly TimeProvider _time;
    private readonly Lazy<string> _demoHash = new(() => AccountPasswords.Hash(DemoAccounts.Password));

    public AccountDirectory(AuthSettings auth, ReceptionSettings settings, IGrainFactory grains, AccountStatusCache statuses, TimeProvider time)
    {
        _grains = grains;
        _statuses = statuses;
        _time = time;
        _builtIn = new Dictionary<string, (Account, string)>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in auth.Accounts)
        {
            var role = ReceptionClaims.ParseRole(entry.Role)
                ?? throw new ReceptionConfigurationException(
                    $"Reception:Auth:Accounts: account '{entry.UserName}' has role '{entry.Role}': use coordinator, pointManager, provider or administrator.");
            if (string.IsNullOrWhiteSpace(entry.UserName) || string.IsNullOrWhiteSpace(entry.PasswordHash))
            {
                throw new ReceptionConfigurationException(
                    "Reception:Auth:Accounts: every account needs a UserName and a PasswordHash (an ASP.NET Core Identity password hash).");
            }
            _builtIn[entry.UserName] = (new Account(entry.UserName, role,
                entry.Points.Select(p => p.ToUpperInvariant()).ToArray(), entry.Programs.ToArray()), entry.PasswordHash);
        }
        _demo = settings.SeedDemoData ? DemoAccounts.All() : new Dictionary<string, Account>();
    }

    public IEnumerable<Account> DemoAccountList => _demo.Values;

    /// <summary>Whether the user name is a configured or demo account (administrators cannot store one of the same name).</summary>
    public bool IsBuiltIn(string userName) => _builtIn.ContainsKey(userName.Trim()) || _demo.ContainsKey(userName.Trim());

    private IAccountsGrain Accounts => _grains.GetGrain<IAccountsGrain>(IAccountsGrain.Key);

    /// <summary>
    /// Checks the password (on this host: the hash costs tens of milliseconds, which must not queue in one grain)
    /// and counts the outcome for the account's lockout. A locked-out account is refused even with the right
    /// password; unknown users cost the same time as known ones and are not counted.
    /// </summary>
    public async Task<SignInOutcome> SignInAsync(string userName, string password)
    {
        if (BuiltIn(userName) is { } entry)
        {
            if (_statuses.LockedUntil(entry.Account.UserName) is { } locked)
            {
                return SignInOutcome.Locked(locked);
            }
            var right = AccountPasswords.Verify(entry.Hash, password);
            try
            {
                return await CountAsync(entry.Account.UserName, right, entry.Account);
            }
            catch (Exception ex) when (TransientFailure.Classify(ex) != TransientKind.None)
            {
                // These accounts need no cluster to sign in: while it does not answer, their count waits and the address limit stands.
                return right ? new SignInOutcome(entry.Account) : SignInOutcome.Failed;
            }
        }

        var stored = await Accounts.Find(userName);
        if (stored is null)
        {
            AccountPasswords.Verify(_demoHash.Value, password);
            return SignInOutcome.Failed;
        }
        if (stored.LockedUntil is { } until && until > _time.GetUtcNow())
        {
            return SignInOutcome.Locked(until);
        }
        var outcome = await CountAsync(stored.UserName, AccountPasswords.Verify(stored.PasswordHash, password),
            new Account(stored.UserName, stored.Role, stored.Points, stored.Programs, stored.Stamp));
        return outcome.Account is not null && stored.Disabled ? new SignInOutcome(null, Disabled: true) : outcome;
    }

    private (Account Account, string Hash)? BuiltIn(string userName) =>
        _builtIn.TryGetValue(userName, out var entry) ? entry
        : _demo.TryGetValue(userName, out var demo) ? (demo, _demoHash.Value)
        : null;

    private async Task<SignInOutcome> CountAsync(string userName, bool passwordRight, Account account)
    {
        if (!passwordRight)
        {
            return await Accounts.SignInFailed(userName) is { } lockedUntil ? SignInOutcome.Locked(lockedUntil) : SignInOutcome.Failed;
        }
        await Accounts.SignedIn(userName);
        return new SignInOutcome(account);
    }
}
