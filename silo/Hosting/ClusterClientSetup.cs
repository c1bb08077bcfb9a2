using System.Net;
using Orleans.Configuration;

namespace Reception.Silo.Hosting;

/// <summary>How a client (the API in external mode, the <c>catalog import</c> command) joins the configured cluster.</summary>
public static class ClusterClientSetup
{
    /// <summary>
    /// The cluster's ids and TLS, and its gateways: <paramref name="gateways"/> when given, otherwise those PostgreSQL's
    /// membership table lists, or on SQLite the embedded silo's gateway on this machine.
    /// </summary>
    public static IClientBuilder UseReceptionCluster(this IClientBuilder client, ReceptionSettings settings, IReadOnlyList<IPEndPoint> gateways)
    {
        client.Configure<ClusterOptions>(options =>
        {
            options.ClusterId = settings.ClusterId;
            options.ServiceId = settings.ServiceId;
        });
        if (settings.Tls is not null)
        {
            client.UseClusterTls(settings.Tls);
        }

        if (gateways.Count > 0)
        {
            client.UseStaticClustering(gateways.ToArray());
        }
        else if (settings.Storage == StorageMode.Postgres)
        {
            client.UseAdoNetClustering(options =>
            {
                options.Invariant = settings.AdoNetInvariant;
                options.ConnectionString = settings.ConnectionString;
            });
        }
        else
        {
            client.UseLocalhostClustering(settings.GatewayPort);
        }
        return client;
    }
}
