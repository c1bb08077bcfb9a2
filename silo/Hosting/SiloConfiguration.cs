using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;
using Orleans.Storage;
using Reception.Contracts.Shared;
using Reception.Db;
using Reception.Silo.Records;
using Reception.Silo.Storage;

namespace Reception.Silo.Hosting;

/// <summary>Configures an Orleans silo for Reception: clustering, grain storage and reminders for the chosen storage mode.</summary>
public static class SiloConfiguration
{
    private const string SqliteInnerStorageName = StorageNames.Reception + "-sqlite";

    public static ISiloBuilder UseReceptionStorage(this ISiloBuilder silo, ReceptionSettings settings)
    {
        silo.Configure<ClusterOptions>(options =>
        {
            options.ClusterId = settings.ClusterId;
            options.ServiceId = settings.ServiceId;
        });

        if (settings.Storage == StorageMode.Postgres)
        {
            // Without TLS a silo listens only on its advertised address, which is loopback unless TLS is
            // configured (ReceptionSettings refuses the rest); with TLS, on every interface.
            silo.ConfigureEndpoints(settings.AdvertisedAddress, settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: settings.Tls is not null);
            silo.UseAdoNetClustering(options =>
            {
                options.Invariant = settings.AdoNetInvariant;
                options.ConnectionString = settings.ConnectionString;
            });
            silo.AddAdoNetGrainStorage(StorageNames.Reception, options =>
            {
                options.Invariant = settings.AdoNetInvariant;
                options.ConnectionString = settings.ConnectionString;
            });
            silo.UseBinaryGrainStateSerializer(StorageNames.Reception);
            silo.AddReceptionIncrementalStorage(DatabaseEngine.Postgres, settings.ConnectionString);
            silo.AddReceptionRecord(DatabaseEngine.Postgres, settings.ConnectionString);
        }
        else
        {
            silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort);
            // The embedded silo serves only its own process: nothing outside the machine reaches it.
            silo.Configure<EndpointOptions>(options =>
            {
                options.SiloListeningEndpoint = new IPEndPoint(IPAddress.Loopback, settings.SiloPort);
                options.GatewayListeningEndpoint = new IPEndPoint(IPAddress.Loopback, settings.GatewayPort);
            });
            silo.AddAdoNetGrainStorage(SqliteInnerStorageName, options =>
            {
                options.Invariant = settings.AdoNetInvariant;
                options.ConnectionString = settings.ConnectionString;
            });
            silo.UseBinaryGrainStateSerializer(SqliteInnerStorageName);
            // Both SQLite providers queue their writes on the one process-wide gate.
            silo.Services.TryAddSingleton<SqliteWriteGate>();
            silo.Services.AddKeyedSingleton<IGrainStorage>(StorageNames.Reception, (services, _) =>
                new SerializedGrainStorage(
                    services.GetRequiredKeyedService<IGrainStorage>(SqliteInnerStorageName),
                    services.GetRequiredService<SqliteWriteGate>()));
            silo.AddReceptionIncrementalStorage(DatabaseEngine.Sqlite, settings.ConnectionString);
            silo.AddReceptionRecord(DatabaseEngine.Sqlite, settings.ConnectionString);
        }

        silo.UseAdoNetReminderService(options =>
        {
            options.Invariant = settings.AdoNetInvariant;
            options.ConnectionString = settings.ConnectionString;
        });
        return silo;
    }
}
