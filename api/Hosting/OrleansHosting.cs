using System.Net;
using Orleans.Dashboard;
using Reception.Silo.Hosting;
using Reception.Silo.Telemetry;

namespace Reception.Api.Hosting;

/// <summary>Co-hosts a silo (embedded mode) or configures an Orleans client that joins an external cluster.</summary>
public static class OrleansHosting
{
    public static WebApplicationBuilder AddReceptionOrleans(
        this WebApplicationBuilder builder, ReceptionSettings settings, ClusterConnection connection)
    {
        if (connection.HostsSilo)
        {
            builder.UseOrleans(silo => silo.UseReception(settings, builder.Configuration));
            return builder;
        }

        var telemetry = TelemetrySettings.FromConfiguration(builder.Configuration);
        builder.UseOrleansClient(client =>
        {
            if (telemetry.OrleansDashboard)
            {
                // The dashboard's pages are served here; its data comes from the silos' collectors.
                client.AddDashboard();
            }
            if (telemetry.OtlpEndpoint is not null)
            {
                client.AddActivityPropagation();
            }
            client.UseReceptionClientTimings(builder.Configuration);
            client.UseReceptionCluster(settings, connection.Gateways.Select(ParseGateway).ToList());
        });
        return builder;
    }

    private static IPEndPoint ParseGateway(string text)
    {
        var separator = text.LastIndexOf(':');
        if (separator > 0 && int.TryParse(text[(separator + 1)..], out var port))
        {
            var host = text[..separator];
            var address = IPAddress.TryParse(host, out var ip)
                ? ip
                : Dns.GetHostAddresses(host).FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork);
            if (address is not null)
            {
                return new IPEndPoint(address, port);
            }
        }
        throw new ReceptionConfigurationException(
            $"Reception:Gateways entry '{text}' is not host:port of a reachable silo gateway (e.g. 127.0.0.1:30000).");
    }
}
