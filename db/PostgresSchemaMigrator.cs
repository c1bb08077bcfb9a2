using Npgsql;

namespace Reception.Db;

/// <summary>
/// PostgreSQL: one transaction that first takes a transaction-scoped advisory lock, so concurrent
/// hosts queue up; each then re-reads the recorded versions inside the lock, applies what is
/// missing and records it, and commits. Any failure rolls the whole transaction back.
/// </summary>
internal static class PostgresSchemaMigrator
{
    // Any constant works as long as every Reception host uses the same one ("Receptio" in ASCII).
    private const long AdvisoryLockKey = 0x5265_6365_7074_696F;

    // Waiting for another host's migration or running a script may take longer than the default 30 s.
    private const int CommandTimeoutSeconds = 300;

    public static async Task<SchemaMigrationResult> ApplyAsync(IReadOnlyList<SchemaScript> scripts, string connectionString, CancellationToken cancellationToken)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new SchemaMigrationException($"The PostgreSQL connection string is not valid ({MigrationPlan.OneLine(ex.Message)}).", ex);
        }

        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            throw new SchemaMigrationException(
                $"Cannot open PostgreSQL database '{builder.Database}' at {builder.Host}:{builder.Port} as '{builder.Username}' to apply the schema ({Describe(ex)}).", ex);
        }

        var stage = $"Cannot prepare the {SchemaMigrator.VersionTable} table in PostgreSQL database '{builder.Database}'";
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);
            await ExecuteAsync(connection, transaction, $"""
                CREATE TABLE IF NOT EXISTS {SchemaMigrator.VersionTable}
                (
                    version    integer     NOT NULL PRIMARY KEY,
                    script     text        NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now()
                )
                """, cancellationToken);

            var recorded = await ReadRecordedVersionsAsync(connection, transaction, cancellationToken);
            var previous = MigrationPlan.Highest(recorded);
            var applied = new List<string>();
            foreach (var script in MigrationPlan.Pending(scripts, recorded))
            {
                stage = $"Schema script postgres/{script.Name} failed on PostgreSQL database '{builder.Database}'";
                await ExecuteAsync(connection, transaction, script.Sql, cancellationToken);
                await using var record = new NpgsqlCommand(
                    $"INSERT INTO {SchemaMigrator.VersionTable} (version, script) VALUES (@version, @script)", connection, transaction);
                record.Parameters.AddWithValue("version", script.Version);
                record.Parameters.AddWithValue("script", script.Name);
                await record.ExecuteNonQueryAsync(cancellationToken);
                recorded.Add(script.Version);
                applied.Add(script.Name);
            }

            stage = $"Cannot commit the schema changes to PostgreSQL database '{builder.Database}'";
            await transaction.CommitAsync(cancellationToken);
            return new SchemaMigrationResult(previous, MigrationPlan.Highest(recorded), applied);
        }
        catch (NpgsqlException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SchemaMigrationException(
                $"{stage}; no schema change was kept ({Describe(ex)}).", ex);
        }
    }

    private static async Task<HashSet<int>> ReadRecordedVersionsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT version FROM {SchemaMigrator.VersionTable}", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new HashSet<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = CommandTimeoutSeconds };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Describe(Exception ex)
    {
        if (ex is PostgresException pg)
        {
            var text = $"{pg.SqlState}: {pg.MessageText}";
            if (!string.IsNullOrWhiteSpace(pg.Detail))
            {
                text += $"; {pg.Detail}";
            }

            if (!string.IsNullOrWhiteSpace(pg.Hint))
            {
                text += $"; hint: {pg.Hint}";
            }

            return MigrationPlan.OneLine(text);
        }

        var innermost = ex;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        return MigrationPlan.OneLine(ReferenceEquals(innermost, ex) ? ex.Message : $"{ex.Message} {innermost.Message}");
    }
}
