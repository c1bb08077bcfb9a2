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
        silo.Services.AddSingleton<IDailyFigures>(engine == DatabaseEngine.Postgres
            ? new PostgresDailyFigures(connectionString)
            : new SqliteDailyFigures(connectionString));
        return silo;
    }
}
