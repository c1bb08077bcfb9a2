using Orleans.Configuration;

namespace Reception.Api.Hosting;

/// <summary>
/// The external API's Orleans client timings: it re-reads the gateway list every 5 s (Orleans: 1 min) and gives up
/// on an unanswered call after 5 s (Orleans: 30 s), so a call stuck on a silo that died answers within the API's
/// retry window (<see cref="Problems.TransientRetry"/>). <c>Reception:ClusterClient</c> overrides both.
/// </summary>
public static class ClusterClientTimings
{
    public static readonly TimeSpan GatewayListRefreshPeriod = TimeSpan.FromSeconds(5);

    // The p99 of a command is ~0.1 s at half the machine's throughput; 5 s is far above any healthy call.
    public static readonly TimeSpan ResponseTimeout = TimeSpan.FromSeconds(5);

    public static IClientBuilder UseReceptionClientTimings(this IClientBuilder client, IConfiguration configuration)
    {
        var section = configuration.GetSection("Reception:ClusterClient");
        client.Configure<GatewayOptions>(options =>
        {
            options.GatewayListRefreshPeriod = GatewayListRefreshPeriod;
            section.Bind(options);
        });
        client.Configure<ClientMessagingOptions>(options =>
        {
            options.ResponseTimeout = ResponseTimeout;
            section.Bind(options);
        });
        return client;
    }
}
