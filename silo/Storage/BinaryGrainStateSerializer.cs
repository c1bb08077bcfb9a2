using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace Reception.Silo.Storage;

/// <summary>
/// Grain state stored by Orleans' ADO.NET provider is written with Orleans' own binary serializer instead of its
/// default, Newtonsoft.Json with type names: the profile of an arrival showed Newtonsoft at 7 % of the host's CPU,
/// and the JSON (about 2.7 kB a returnee) crossed PostgreSQL's 2 kB TOAST threshold, so every write was also
/// compressed. The state types already carry stable <c>[Id]</c>s and aliases for the binary format, which is
/// version tolerant. Rows written as JSON by earlier versions are still read (JSON fallback).
/// </summary>
public static class BinaryGrainStateSerializer
{
    public static void UseBinaryGrainStateSerializer(this ISiloBuilder silo, string storageName) =>
        silo.Services.AddOptions<AdoNetGrainStorageOptions>(storageName)
            .Configure<IServiceProvider>((options, services) => options.GrainStorageSerializer = Create(services));

    public static IGrainStorageSerializer Create(IServiceProvider services) => new GrainStorageSerializer(
        new OrleansGrainStorageSerializer(services.GetRequiredService<Serializer>()),
        new JsonGrainStorageSerializer(services.GetRequiredService<OrleansJsonSerializer>()));
}
