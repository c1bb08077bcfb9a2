using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Reception.Db;
using Reception.Grains.Catalog;
using Reception.Grains.Records;
using Reception.Silo.Storage;

namespace Reception.Silo.Records;

/// <summary>The permanent record and everything that reads it, registered together: a silo never has one without the others.</summary>
public static class RecordStoreSiloBuilderExtensions
{
    /// <summary>
    /// Registers, for <paramref name="engine"/>, the singleton <see cref="IRecordStore"/> the cases write through, and
    /// the readers of its tables: <see cref="IDailyFigures"/> (history), <see cref="IStatistics"/> and
    /// <see cref="ILiveRecord"/> (reconciliation of points and programs) and <see cref="IPeopleRecord"/> (search and linking) and
    /// <see cref="IRightsRecord"/> (exports, anonymisation, retention), and the catalog's event log (<see cref="ICatalogRecord"/>). The database must already carry the
    /// Reception schema (<see cref="SchemaMigrator.ApplyAsync"/>). With SQLite the store's writes queue on the
    /// process-wide <see cref="SqliteWriteGate"/>.
    /// </summary>
    public static ISiloBuilder AddReceptionRecord(this ISiloBuilder silo, DatabaseEngine engine, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        silo.Services.TryAddSingleton<SqliteWriteGate>();
        silo.Services.AddSingleton<IRecordStore>(services => engine == DatabaseEngine.Sqlite
            ? new SqliteRecordStore(connectionString, services.GetRequiredService<SqliteWriteGate>())
            : new PostgresRecordStore(connectionString));
        silo.Services.AddSingleton(CreateDailyFigures(engine, connectionString));
        silo.Services.AddSingleton(CreateStatistics(engine, connectionString));
        silo.Services.AddSingleton<ILiveRecord>(new SqlLiveRecord(engine, connectionString));
        silo.Services.AddSingleton<IPeopleRecord>(new SqlPeopleRecord(engine, connectionString));
        silo.Services.AddSingleton<IRightsRecord>(services => new SqlRightsRecord(engine, connectionString,
            engine == DatabaseEngine.Sqlite ? services.GetRequiredService<SqliteWriteGate>() : null));
        silo.Services.AddSingleton<ICatalogRecord>(services => new SqlCatalogRecord(engine, connectionString,
            engine == DatabaseEngine.Sqlite ? services.GetRequiredService<SqliteWriteGate>() : null));
        return silo;
    }

    /// <summary>The reader of the daily figures for <paramref name="engine"/> (what the silo registers; tests read with it directly).</summary>
    public static IDailyFigures CreateDailyFigures(DatabaseEngine engine, string connectionString) => engine == DatabaseEngine.Postgres
        ? new PostgresDailyFigures(connectionString)
        : new SqliteDailyFigures(connectionString);

    /// <summary>The reader of the statistics for <paramref name="engine"/> (what the silo registers; tests read with it directly).</summary>
    public static IStatistics CreateStatistics(DatabaseEngine engine, string connectionString) => engine == DatabaseEngine.Postgres
        ? new PostgresStatistics(connectionString)
        : new SqliteStatistics(connectionString);
}
