using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using Reception.Db;
using Reception.Grains.Records;
using Reception.Silo.Records;
using Reception.Silo.Storage;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Records;

/// <summary>A fresh database of one engine with the Reception schema, the record store on it, and plain SQL to look at what it wrote.</summary>
public sealed class RecordDatabase : IAsyncDisposable
{
    private readonly IAsyncDisposable _store;

    private RecordDatabase(DatabaseEngine engine, string connectionString)
    {
        Engine = engine;
        ConnectionString = connectionString;
        IRecordStore store = engine == DatabaseEngine.Postgres
            ? new PostgresRecordStore(connectionString)
            : new SqliteRecordStore(connectionString, new SqliteWriteGate());
        Store = store;
        _store = (IAsyncDisposable)store;
    }

    public DatabaseEngine Engine { get; }

    public string ConnectionString { get; }

    public IRecordStore Store { get; }

    public static async Task<RecordDatabase> CreateAsync(DatabaseEngine engine)
    {
        var connectionString = engine == DatabaseEngine.Postgres
            ? PostgresServer.Shared.CreateDatabase("record")
            : $"Data Source={Path.Combine(ReceptionHosts.NewDataFolder(), "reception.db")};Pooling=True;Default Timeout=30";
        await SchemaMigrator.ApplyAsync(engine, connectionString);
        return new RecordDatabase(engine, connectionString);
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public async Task<string?> TextAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Text("", await command.ExecuteScalarAsync());
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The case's row with every column as comparable text (see <see cref="Text"/>), state and version left out.</summary>
    public async Task<Dictionary<string, string?>> RowAsync(string caseId)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM reception_case WHERE case_id = '{caseId}'";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"no row for {caseId}");
        var row = new Dictionary<string, string?>();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var name = reader.GetName(i);
            if (name is not ("state" or "version"))
            {
                row[name] = Text(name, reader.IsDBNull(i) ? null : reader.GetValue(i));
            }
        }

        return row;
    }

    /// <summary>The row a <see cref="CaseRow"/> should give, column by column (properties map to snake_case columns).</summary>
    public static Dictionary<string, string?> Expected(CaseRow row) => typeof(CaseRow).GetProperties()
        .Where(p => p.Name != "EqualityContract")
        .ToDictionary(p => SnakeCase(p.Name), p => Text(SnakeCase(p.Name), p.GetValue(row)));

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        if (Engine == DatabaseEngine.Sqlite)
        {
            SqliteConnection.ClearAllPools();
        }
    }

    // One text per value whichever engine and encoding it came from: UTC times to the millisecond, days, 0/1,
    // lists as JSON arrays.
    private static string? Text(string column, object? value) => value switch
    {
        null or DBNull => null,
        DateTimeOffset at => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        DateTime day when column.EndsWith("_date", StringComparison.Ordinal) || column == "date_of_birth" => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime at => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "1" : "0",
        IEnumerable<string> list => JsonSerializer.Serialize(list),
        string text when text.StartsWith('[') => JsonSerializer.Serialize(JsonSerializer.Deserialize<string[]>(text)),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string SnakeCase(string name) => string.Concat(name.Select((c, i) =>
        char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));

    private async Task<DbConnection> OpenAsync()
    {
        DbConnection connection = Engine == DatabaseEngine.Postgres
            ? new NpgsqlConnection(ConnectionString)
            : new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
