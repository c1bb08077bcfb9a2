using Microsoft.Extensions.DependencyInjection;
using Reception.Db;
using Reception.Grains.Records;

namespace Reception.Silo.Records;

/// <summary>Registers the statistics' reader of the record for the silo's engine.</summary>
public static class StatisticsSiloBuilderExtensions
{
    /// <summary>Registers <see cref="IStatistics"/> over the record's tables, which the statistics grain reads.</summary>
    public static ISiloBuilder AddReceptionStatistics(this ISiloBuilder silo, DatabaseEngine engine, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        silo.Services.AddSingleton(CreateStatistics(engine, connectionString));
        return silo;
    }

    /// <summary>The reader of the statistics for <paramref name="engine"/> (what the silo registers; tests read with it directly).</summary>
    public static IStatistics CreateStatistics(DatabaseEngine engine, string connectionString) => engine == DatabaseEngine.Postgres
        ? new PostgresStatistics(connectionString)
        : new SqliteStatistics(connectionString);
}
