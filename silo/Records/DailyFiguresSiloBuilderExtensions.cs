using Microsoft.Extensions.DependencyInjection;
using Reception.Db;
using Reception.Grains.Records;

namespace Reception.Silo.Records;

/// <summary>Registers the daily figures' reader of the record for the silo's engine.</summary>
public static class DailyFiguresSiloBuilderExtensions
{
    /// <summary>
    /// Registers <see cref="IDailyFigures"/> over the record's tables (the database must carry the Reception schema,
    /// <see cref="SchemaMigrator.ApplyAsync"/>), which the history grain reads.
    /// </summary>
    public static ISiloBuilder AddReceptionDailyFigures(this ISiloBuilder silo, DatabaseEngine engine, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        silo.Services.AddSingleton(CreateDailyFigures(engine, connectionString));
        return silo;
    }

    /// <summary>The reader of the daily figures for <paramref name="engine"/> (what the silo registers; tests read with it directly).</summary>
    public static IDailyFigures CreateDailyFigures(DatabaseEngine engine, string connectionString) => engine == DatabaseEngine.Postgres
        ? new PostgresDailyFigures(connectionString)
        : new SqliteDailyFigures(connectionString);
}
