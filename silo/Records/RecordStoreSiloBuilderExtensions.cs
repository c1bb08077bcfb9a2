using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Reception.Db;
using Reception.Grains.Records;
using Reception.Silo.Storage;

namespace Reception.Silo.Records;

public static class RecordStoreSiloBuilderExtensions
{
    /// <summary>
    /// Registers the singleton <see cref="IRecordStore"/> of <paramref name="engine"/>. The database must already
    /// carry the Reception schema (<see cref="SchemaMigrator.ApplyAsync"/>). With SQLite its writes queue on the
    /// process-wide <see cref="SqliteWriteGate"/>.
    /// </summary>
    public static ISiloBuilder AddReceptionRecord(this ISiloBuilder silo, DatabaseEngine engine, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        silo.Services.TryAddSingleton<SqliteWriteGate>();
        silo.Services.AddSingleton<IRecordStore>(services => engine == DatabaseEngine.Sqlite
            ? new SqliteRecordStore(connectionString, services.GetRequiredService<SqliteWriteGate>())
            : new PostgresRecordStore(connectionString));
        return silo;
    }
}
