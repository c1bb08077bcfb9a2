using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Reception.Bench.Run;

/// <summary>
/// Read access to the record the host writes: its PostgreSQL database (<c>--postgres</c>) or its SQLite file
/// (<c>--sqlite</c>), for the figures only the database can give (rows stored, a case's stored state).
/// </summary>
internal sealed class RecordDatabase
{
    private readonly Func<DbConnection> _create;

    private RecordDatabase(string engine, Func<DbConnection> create)
    {
        Engine = engine;
        _create = create;
    }

    public string Engine { get; }

    public static RecordDatabase? From(string? postgres, string? sqliteFile) =>
        !string.IsNullOrWhiteSpace(postgres) ? new RecordDatabase("postgres", () => new NpgsqlConnection(postgres))
        : !string.IsNullOrWhiteSpace(sqliteFile) ? new RecordDatabase("sqlite", () => new SqliteConnection(SqliteConnectionString(sqliteFile, pooling: false)))
        : null;

    public static string SqliteConnectionString(string file, bool pooling) =>
        new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWrite, DefaultTimeout = 30, Pooling = pooling }.ToString();

    public async Task<object?> ScalarAsync(string sql, string? caseId = null)
    {
        await using var connection = _create();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (caseId is not null)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "id";
            parameter.Value = caseId;
            command.Parameters.Add(parameter);
        }
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    public async Task<long> LongAsync(string sql, string? caseId = null) => Convert.ToInt64(await ScalarAsync(sql, caseId) ?? 0L, System.Globalization.CultureInfo.InvariantCulture);

    public Task<long> CasesAsync() => LongAsync("SELECT count(*) FROM reception_case");

    /// <summary>The average stored case state in bytes (0 when no case is stored yet).</summary>
    public Task<long> AverageStateBytesAsync() => LongAsync("SELECT COALESCE(CAST(avg(length(state)) AS integer), 0) FROM reception_case");
}
