using Microsoft.Data.Sqlite;

namespace Reception.Db;

/// <summary>
/// SQLite: switches the file to WAL (a persistent setting), then does all the work in one
/// <c>BEGIN IMMEDIATE</c> transaction, which takes the write lock up front so a concurrent host
/// waits (busy timeout) and then re-reads the recorded versions. Any failure rolls back.
/// </summary>
internal static class SqliteSchemaMigrator
{
    // Lower bound for waiting on another writer; a longer "Default Timeout" in the connection string wins.
    private const int MinimumBusyTimeoutSeconds = 30;

    public static async Task<SchemaMigrationResult> ApplyAsync(IReadOnlyList<SchemaScript> scripts, string connectionString, CancellationToken cancellationToken)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new SchemaMigrationException($"The SQLite connection string is not valid ({MigrationPlan.OneLine(ex.Message)}).", ex);
        }

        var file = string.IsNullOrEmpty(builder.DataSource) ? "(in-memory)" : builder.DataSource;
        var timeoutSeconds = Math.Max(builder.DefaultTimeout, MinimumBusyTimeoutSeconds);
        await using var connection = new SqliteConnection(builder.ConnectionString) { DefaultTimeout = timeoutSeconds };

        var stage = $"Cannot open SQLite database '{file}'";
        var opened = false;
        try
        {
            await connection.OpenAsync(cancellationToken);
            opened = true;

            stage = $"Cannot switch SQLite database '{file}' to WAL journal mode";
            await ExecuteAsync(connection, null, $"PRAGMA busy_timeout = {timeoutSeconds * 1000}", cancellationToken);
            var journalMode = Convert.ToString(await ScalarAsync(connection, null, "PRAGMA journal_mode = WAL", cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            if (!string.Equals(journalMode, "wal", StringComparison.OrdinalIgnoreCase)
                && !string.Equals(journalMode, "memory", StringComparison.OrdinalIgnoreCase))
            {
                throw new SchemaMigrationException(
                    $"SQLite database '{file}' stayed in journal mode '{journalMode}' instead of WAL: make sure it is on a local disk and no other program holds it open.");
            }

            stage = $"Cannot prepare the {SchemaMigrator.VersionTable} table in SQLite database '{file}'";
            await using var transaction = connection.BeginTransaction(deferred: false); // BEGIN IMMEDIATE: take the write lock now
            await ExecuteAsync(connection, transaction, $"""
                CREATE TABLE IF NOT EXISTS {SchemaMigrator.VersionTable}
                (
                    version    INTEGER NOT NULL PRIMARY KEY,
                    script     TEXT    NOT NULL,
                    applied_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                )
                """, cancellationToken);

            var recorded = await ReadRecordedVersionsAsync(connection, transaction, cancellationToken);
            var previous = MigrationPlan.Highest(recorded);
            var applied = new List<string>();
            foreach (var script in MigrationPlan.Pending(scripts, recorded))
            {
                stage = $"Schema script sqlite/{script.Name} failed on SQLite database '{file}'";
                await ExecuteAsync(connection, transaction, script.Sql, cancellationToken);
                await using var record = connection.CreateCommand();
                record.Transaction = transaction;
                record.CommandText = $"INSERT INTO {SchemaMigrator.VersionTable} (version, script) VALUES ($version, $script)";
                record.Parameters.AddWithValue("$version", script.Version);
                record.Parameters.AddWithValue("$script", script.Name);
                await record.ExecuteNonQueryAsync(cancellationToken);
                recorded.Add(script.Version);
                applied.Add(script.Name);
            }

            stage = $"Cannot commit the schema changes to SQLite database '{file}'";
            await transaction.CommitAsync(cancellationToken);
            return new SchemaMigrationResult(previous, MigrationPlan.Highest(recorded), applied);
        }
        catch (SqliteException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SchemaMigrationException(
                $"{stage}{(opened ? "; no schema change was kept" : "")} ({MigrationPlan.OneLine(ex.Message)}).", ex);
        }
    }

    private static async Task<HashSet<int>> ReadRecordedVersionsAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT version FROM {SchemaMigrator.VersionTable}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new HashSet<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
