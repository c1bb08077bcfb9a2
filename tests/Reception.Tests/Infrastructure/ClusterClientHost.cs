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
        var _host = builder.Build();
        await _host.StartAsync();
        return new ClusterClientHost(_host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
