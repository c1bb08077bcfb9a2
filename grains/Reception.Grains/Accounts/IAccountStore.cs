using Reception.Contracts.Accounts;

namespace Reception.Grains.Accounts;

/// <summary>
/// Where the built-in issuer's accounts and their history are kept (the silo implements it over PostgreSQL or
/// SQLite). User names are unique without regard to case.
/// </summary>
public interface IAccountStore
{
    Task<IReadOnlyList<StoredAccount>> LoadAsync();

    Task<StoredAccount?> FindAsync(string userName);

    /// <summary>Adds the account and its <paramref name="created"/> event; false, changing nothing, when the user name is taken.</summary>
    Task<bool> InsertAsync(StoredAccount account, AccountEvent created);

    /// <summary>Replaces the account's row and, when there is one, appends <paramref name="change"/> in the same transaction.</summary>
    Task UpdateAsync(StoredAccount account, AccountEvent? change);

    /// <summary>The account's history, oldest first.</summary>
    Task<IReadOnlyList<AccountEvent>> EventsAsync(string userName);
}
