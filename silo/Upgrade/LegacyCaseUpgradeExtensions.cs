using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;
using Reception.Db;
using Reception.Grains.Records;
using Reception.Silo.Storage;

namespace Reception.Silo.Upgrade;

/// <summary>Registers <see cref="LegacyCaseUpgrade"/> and <see cref="PersonKeysBackfill"/>; the silo must also register the record store (<see cref="IRecordStore"/>).</summary>
public static class LegacyCaseUpgradeExtensions
{
    public static ISiloBuilder AddLegacyCaseUpgrade(this ISiloBuilder silo, DatabaseEngine engine, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        silo.Services.AddSingleton(services => new LegacyCaseUpgrade(
            new LegacyCaseRows(engine, connectionString, services.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId),
            services.GetRequiredService<IRecordStore>(),
            // The serializer the ADO.NET provider read and wrote these rows with: Orleans binary, JSON as fallback.
            BinaryGrainStateSerializer.Create(services),
            services.GetRequiredService<Serializer>(),
            services.GetRequiredService<ILogger<LegacyCaseUpgrade>>()));
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(services => services.GetRequiredService<LegacyCaseUpgrade>());
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(services => new PersonKeysBackfill(
            engine, connectionString, services.GetRequiredService<IRecordStore>(), services.GetRequiredService<Serializer>(),
            services.GetService<TimeProvider>() ?? TimeProvider.System, services.GetRequiredService<ILogger<PersonKeysBackfill>>()));
        return silo;
    }
}
