using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;
using Reception.Contracts.Shared;
using Reception.Db;

namespace Reception.Silo.Storage;

public static class IncrementalStorageSiloBuilderExtensions
{
    /// <summary>
    /// Registers <see cref="IncrementalGrainStorage"/> as the grain storage named
    /// <see cref="StorageNames.Incremental"/>. The database must already carry the Reception schema
    /// (<see cref="SchemaMigrator.ApplyAsync"/>); the service id is the silo's <see cref="ClusterOptions.ServiceId"/>.
    /// With SQLite its writes queue on the process-wide <see cref="SqliteWriteGate"/>.
    /// </summary>
    public static ISiloBuilder AddReceptionIncrementalStorage(this ISiloBuilder silo, DatabaseEngine engine, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        silo.Services.TryAddSingleton<SqliteWriteGate>();
        silo.Services.AddKeyedSingleton<IGrainStorage>(StorageNames.Incremental, (services, _) => new IncrementalGrainStorage(
            engine,
            connectionString,
            services.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId,
            services.GetRequiredService<Serializer>(),
            engine == DatabaseEngine.Sqlite ? services.GetRequiredService<SqliteWriteGate>() : null));
        return silo;
    }
}
