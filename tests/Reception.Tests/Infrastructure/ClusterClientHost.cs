using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace Reception.Tests.Infrastructure;

/// <summary>A real Orleans client joining a running Reception cluster, as the API does in external mode.</summary>
public sealed class ClusterClientHost : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterClientHost(IHost host) => _host = host;

    public IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    public static Task<ClusterClientHost> ConnectToGatewayAsync(int gatewayPort) =>
        ConnectAsync(client => client.UseLocalhostClustering(gatewayPort));

    /// <summary>Finds the gateways in PostgreSQL; <paramref name="transport"/> adds what the client presents (TLS).</summary>
    public static Task<ClusterClientHost> ConnectThroughPostgresAsync(
        string connectionString, Action<IClientBuilder>? transport = null, CancellationToken cancellation = default) =>
        ConnectAsync(client =>
        {
            client.UseAdoNetClustering(options =>
            {
                options.Invariant = "Npgsql";
                options.ConnectionString = connectionString;
            });
            transport?.Invoke(client);
        }, cancellation);

    private static async Task<ClusterClientHost> ConnectAsync(Action<IClientBuilder> clustering, CancellationToken cancellation = default)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(options =>
            {
                options.ClusterId = "reception";
                options.ServiceId = "reception";
            });
            clustering(client);
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellation);
        }
        catch
        {
            // A refused client must not leave its host behind.
            host.Dispose();
            throw;
        }

        return new ClusterClientHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
