using System.Data.Common;
using Reception.Contracts.Accounts;
using Reception.Contracts.Shared;
using Reception.Db;
using Reception.Grains.Accounts;
using Reception.Silo.Records;
using Reception.Silo.Storage;

namespace Reception.Silo.Accounts;

/// <summary>
/// The accounts' tables (<c>reception_account</c>, <c>reception_account_event</c>), one SQL text for both engines:
/// times are Unix milliseconds, scopes space-separated. SQLite writes queue on the process-wide
/// <see cref="SqliteWriteGate"/> when there is one (the silo); the command line writes alone.
/// </summary>
public sealed class SqlAccountStore(DatabaseEngine engine, string connectionString, SqliteWriteGate? gate = null) : IAccountStore
{
    private const string Columns = """
        user_name, role, points, programs, password_hash, disabled, stamp, failed_attempts, failed_since, locked_until,
        created_at, created_by, changed_at, changed_by
        """;

    private readonly RecordConnections _connections = new(engine, connectionString);

    public async Task<IReadOnlyList<StoredAccount>> LoadAsync()
    {
        await using var connection = await _connections.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM reception_account";
        return await ReadAccountsAsync(command);
    }

    public async Task<StoredAccount?> FindAsync(string userName)
    {
        await using var connection = await _connections.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM reception_account WHERE user_key = @key";
        RecordConnections.Add(command, "key", Key(userName));
        return (await ReadAccountsAsync(command)).SingleOrDefault();
    }

    public async Task<bool> InsertAsync(StoredAccount account, AccountEvent created)
    {
        using var turn = gate is null ? null : (SqliteWriteGate.Turn?)await gate.EnterAsync();
        await using var connection = await _connections.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            INSERT INTO reception_account (user_key, {Columns})
            VALUES (@key, @user_name, @role, @points, @programs, @password_hash, @disabled, @stamp, @failed_attempts, @failed_since,
                    @locked_until, @created_at, @created_by, @changed_at, @changed_by)
            ON CONFLICT (user_key) DO NOTHING
            """;
        AddAccount(command, account);
        if (await command.ExecuteNonQueryAsync() == 0)
        {
            return false;
        }
        await AppendAsync(connection, transaction, created);
        await transaction.CommitAsync();
        return true;
    }

    public async Task UpdateAsync(StoredAccount account, AccountEvent? change)
    {
        using var turn = gate is null ? null : (SqliteWriteGate.Turn?)await gate.EnterAsync();
        await using var connection = await _connections.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            UPDATE reception_account SET user_name = @user_name, role = @role, points = @points, programs = @programs,
                password_hash = @password_hash, disabled = @disabled, stamp = @stamp, failed_attempts = @failed_attempts,
                failed_since = @failed_since, locked_until = @locked_until, created_at = @created_at, created_by = @created_by,
                changed_at = @changed_at, changed_by = @changed_by
            WHERE user_key = @key
            """;
        AddAccount(command, account);
        await command.ExecuteNonQueryAsync();
        if (change is not null)
        {
            await AppendAsync(connection, transaction, change);
        }
        await transaction.CommitAsync();
    }

    public async Task<IReadOnlyList<AccountEvent>> EventsAsync(string userName)
    {
        await using var connection = await _connections.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT a.user_name, e.at, e.by_user, e.kind, e.detail FROM reception_account_event e
            JOIN reception_account a ON a.user_key = e.user_key WHERE e.user_key = @key ORDER BY e.event_id
            """;
        RecordConnections.Add(command, "key", Key(userName));
        var events = new List<AccountEvent>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            events.Add(new AccountEvent(reader.GetString(0), Time(reader.GetInt64(1)), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
        }
        return events;
    }

    private static async Task AppendAsync(DbConnection connection, DbTransaction transaction, AccountEvent change)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO reception_account_event (user_key, at, by_user, kind, detail) VALUES (@key, @at, @by, @kind, @detail)";
        RecordConnections.Add(command, "key", Key(change.UserName));
        RecordConnections.Add(command, "at", change.At.ToUnixTimeMilliseconds());
        RecordConnections.Add(command, "by", change.By);
        RecordConnections.Add(command, "kind", change.Kind);
        RecordConnections.Add(command, "detail", change.Detail);
        await command.ExecuteNonQueryAsync();
    }

    private static void AddAccount(DbCommand command, StoredAccount account)
    {
        RecordConnections.Add(command, "key", Key(account.UserName));
        RecordConnections.Add(command, "user_name", account.UserName);
        RecordConnections.Add(command, "role", AcceptedValues.NameOf(account.Role));
        RecordConnections.Add(command, "points", string.Join(' ', account.Points));
        RecordConnections.Add(command, "programs", string.Join(' ', account.Programs));
        RecordConnections.Add(command, "password_hash", account.PasswordHash);
        RecordConnections.Add(command, "disabled", account.Disabled);
        RecordConnections.Add(command, "stamp", account.Stamp);
        RecordConnections.Add(command, "failed_attempts", account.FailedAttempts);
        RecordConnections.Add(command, "failed_since", account.FailedSince?.ToUnixTimeMilliseconds());
        RecordConnections.Add(command, "locked_until", account.LockedUntil?.ToUnixTimeMilliseconds());
        RecordConnections.Add(command, "created_at", account.CreatedAt.ToUnixTimeMilliseconds());
        RecordConnections.Add(command, "created_by", account.CreatedBy);
        RecordConnections.Add(command, "changed_at", account.ChangedAt.ToUnixTimeMilliseconds());
        RecordConnections.Add(command, "changed_by", account.ChangedBy);
    }

    private static async Task<IReadOnlyList<StoredAccount>> ReadAccountsAsync(DbCommand command)
    {
        var accounts = new List<StoredAccount>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            accounts.Add(new StoredAccount(
                reader.GetString(0),
                Enum.Parse<ActorRole>(reader.GetString(1), ignoreCase: true),
                Split(reader.GetString(2)),
                Split(reader.GetString(3)),
                reader.GetString(4),
                reader.GetBoolean(5),
                reader.GetString(6),
                reader.GetInt32(7),
                reader.IsDBNull(8) ? null : Time(reader.GetInt64(8)),
                reader.IsDBNull(9) ? null : Time(reader.GetInt64(9)),
                Time(reader.GetInt64(10)),
                reader.GetString(11),
                Time(reader.GetInt64(12)),
                reader.GetString(13)));
        }
        return accounts;
    }

    private static string Key(string userName) => userName.Trim().ToLowerInvariant();

    private static string[] Split(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static DateTimeOffset Time(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
}
