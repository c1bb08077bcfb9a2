using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Reception.Grains.Hosting;

namespace Reception.Silo.Hosting;

/// <summary>Everything a Reception silo needs: storage for its mode and the reception workflow grains.</summary>
public static class ReceptionSiloBuilder
{
    public static ISiloBuilder UseReception(this ISiloBuilder silo, ReceptionSettings settings, IConfiguration configuration)
    {
        silo.UseReceptionStorage(settings);
        if (settings.Tls is not null)
        {
            silo.UseClusterTls(settings.Tls);
        }

        // Failure detection can be tuned by operators (and tests) without a rebuild.
        silo.Services.Configure<ClusterMembershipOptions>(configuration.GetSection("Reception:Membership"));
        silo.Services.AddReceptionWorkflow();
        if (settings.SeedDemoData)
        {
            silo.Services.AddReceptionDemoData();
        }
        return silo;
    }
}
