using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Reception.Db;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Foundation;

/// <summary>The schema applied twice, or by two hosts at once, ends in the same correct schema.</summary>
public sealed class SchemaMigrationTests
{
    public static TheoryData<DatabaseEngine> Engines => new() { DatabaseEngine.Sqlite, DatabaseEngine.Postgres };

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Applying_twice_changes_nothing_the_second_time(DatabaseEngine engine)
    {
        var connectionString = NewDatabase(engine);
        var first = await SchemaMigrator.ApplyAsync(engine, connectionString);
        var objectsAfterFirst = await SchemaObjectsAsync(engine, connectionString);
        var second = await SchemaMigrator.ApplyAsync(engine, connectionString);

        Assert.Equal(0, first.PreviousVersion);
        Assert.Equal(SchemaMigrator.LatestVersion(engine), first.CurrentVersion);
        Assert.NotEmpty(first.AppliedScripts);
        Assert.Empty(second.AppliedScripts);
        Assert.Equal(first.CurrentVersion, second.CurrentVersion);
        Assert.Equal(objectsAfterFirst, await SchemaObjectsAsync(engine, connectionString));
        Assert.Equal(first.AppliedScripts.Count, await VersionRowsAsync(engine, connectionString));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Two_hosts_applying_at_once_end_in_one_correct_schema(DatabaseEngine engine)
    {
        var connectionString = NewDatabase(engine);
        var reference = NewDatabase(engine);
        await SchemaMigrator.ApplyAsync(engine, reference);

        var results = await Task.WhenAll(
            Task.Run(() => SchemaMigrator.ApplyAsync(engine, connectionString)),
            Task.Run(() => SchemaMigrator.ApplyAsync(engine, connectionString)));

        Assert.All(results, r => Assert.Equal(SchemaMigrator.LatestVersion(engine), r.CurrentVersion));
        // Exactly one of the two applied the scripts; the other found them applied.
        Assert.Single(results, r => r.AppliedScripts.Count > 0);
        Assert.Equal(await SchemaObjectsAsync(engine, reference), await SchemaObjectsAsync(engine, connectionString));
        Assert.Equal(results.Sum(r => r.AppliedScripts.Count), await VersionRowsAsync(engine, connectionString));
    }

    private static string NewDatabase(DatabaseEngine engine) => engine == DatabaseEngine.Postgres
        ? PostgresServer.Shared.CreateDatabase("schema")
        : $"Data Source={Path.Combine(ReceptionHosts.NewDataFolder(), "reception.db")};Pooling=False";

    private static DbConnection Open(DatabaseEngine engine, string connectionString)
    {
        DbConnection connection = engine == DatabaseEngine.Postgres
            ? new NpgsqlConnection(connectionString)
            : new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Tables, columns, functions and stored query keys: what "the same schema" means here.</summary>
    private static async Task<List<string>> SchemaObjectsAsync(DatabaseEngine engine, string connectionString)
    {
        await using var connection = Open(engine, connectionString);
        await using var command = connection.CreateCommand();
        command.CommandText = engine == DatabaseEngine.Postgres
            ? """
              SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type FROM information_schema.columns WHERE table_schema = 'public'
              UNION ALL SELECT 'function ' || routine_name FROM information_schema.routines WHERE routine_schema = 'public'
              UNION ALL SELECT 'query ' || querykey FROM orleansquery
              """
            : """
              SELECT type || ' ' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'
              UNION ALL SELECT 'query ' || QueryKey FROM OrleansQuery
              """;
        var objects = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            objects.Add(reader.GetString(0));
        }

        objects.Sort(StringComparer.Ordinal);
        return objects;
    }

    private static async Task<int> VersionRowsAsync(DatabaseEngine engine, string connectionString)
    {
        await using var connection = Open(engine, connectionString);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM reception_schema_version";
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    }
}
