using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace Reception.Tests.Infrastructure;

/// <summary>A real Orleans client joining a running Reception cluster, as the API does in external mode.</summary>
public sealed class ClusterClientHost : IAsyncDisposable
{
    private readonly IHost host;

    private ClusterClientHost(IHost host) => this.host = host;

    public IClusterClient Client => host.Services.GetRequiredService<IClusterClient>();

    public static Task<ClusterClientHost> ConnectToGatewayAsync(int gatewayPort) =>
        ConnectAsync(client => client.UseLocalhostClustering(gatewayPort));

    public static Task<ClusterClientHost> ConnectThroughPostgresAsync(string connectionString) =>
        ConnectAsync(client => client.UseAdoNetClustering(options =>
        {
            options.Invariant = "Npgsql";
            options.ConnectionString = connectionString;
        }));

    private static async Task<ClusterClientHost> ConnectAsync(Action<IClientBuilder> clustering)
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
        await host.StartAsync();
        return new ClusterClientHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
