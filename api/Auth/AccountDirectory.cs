using Microsoft.AspNetCore.Identity;
using Reception.Silo.Hosting;

namespace Reception.Api.Auth;

/// <summary>
/// The accounts of the API's own token issuer: those configured under <c>Reception:Auth:Accounts</c> (PBKDF2
/// hashes from ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>) and, when demo data is seeded,
/// the demo accounts (<see cref="DemoAccounts"/>) whose password is <see cref="DemoAccounts.Password"/>.
/// </summary>
public sealed class AccountDirectory
{
    private readonly PasswordHasher<Account> _hasher = new();
    private readonly Dictionary<string, (Account Account, string Hash)> _configured;
    private readonly IReadOnlyDictionary<string, Account> _demo;
    private readonly Lazy<string> _demoHash;

    public AccountDirectory(AuthSettings auth, ReceptionSettings settings)
    {
        _configured = new Dictionary<string, (Account, string)>(StringComparer.OrdinalIgnoreCase);
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
            _configured[entry.UserName] = (new Account(entry.UserName, role,
                entry.Points.Select(p => p.ToUpperInvariant()).ToArray(), entry.Programs.ToArray()), entry.PasswordHash);
        }
        _demo = settings.SeedDemoData ? DemoAccounts.All() : new Dictionary<string, Account>();
        _demoHash = new Lazy<string>(() => _hasher.HashPassword(null!, DemoAccounts.Password));
    }

    public IEnumerable<Account> DemoAccountList => _demo.Values;

    /// <summary>The account when the password is right; null otherwise (unknown users cost the same time).</summary>
    public Account? Verify(string userName, string password)
    {
        if (_configured.TryGetValue(userName, out var entry))
        {
            return Check(entry.Account, entry.Hash, password);
        }
        if (_demo.TryGetValue(userName, out var account))
        {
            return Check(account, _demoHash.Value, password);
        }
        Check(null, _demoHash.Value, password);
        return null;
    }

    private Account? Check(Account? account, string hash, string password)
    {
        var result = _hasher.VerifyHashedPassword(account!, hash, password);
        return result == PasswordVerificationResult.Failed ? null : account;
    }
}
