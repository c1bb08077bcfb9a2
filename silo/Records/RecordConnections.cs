using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Reception.Db;

namespace Reception.Silo.Records;

/// <summary>
/// Connections to the record's database for the readers that serve both engines with one SQL text: through one
/// pooled data source on PostgreSQL, a new connection on SQLite (its reads take no lock in WAL mode, so they need
/// not queue on the write gate).
/// </summary>
internal sealed class RecordConnections(DatabaseEngine engine, string connectionString)
{
    private readonly NpgsqlDataSource? _postgres = engine == DatabaseEngine.Postgres ? NpgsqlDataSource.Create(connectionString) : null;

    public bool Postgres => _postgres is not null;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (_postgres is not null)
        {
            return await _postgres.OpenConnectionAsync(cancellationToken);
        }
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
