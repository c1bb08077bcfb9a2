using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Dashboard;
using Reception.Db;
using Reception.Grains.Hosting;
using Reception.Silo.Accounts;
using Reception.Silo.Telemetry;
using Reception.Silo.Upgrade;

namespace Reception.Silo.Hosting;

/// <summary>Everything a Reception silo needs: storage for its mode, the reception workflow grains, the Orleans dashboard's collectors and trace propagation.</summary>
public static class ReceptionSiloBuilder
{
    public static ISiloBuilder UseReception(this ISiloBuilder silo, ReceptionSettings settings, IConfiguration configuration)
    {
        silo.UseReceptionStorage(settings);
        silo.AddReceptionAccounts(settings);
        silo.AddLegacyCaseUpgrade(settings.Storage == StorageMode.Postgres ? DatabaseEngine.Postgres : DatabaseEngine.Sqlite, settings.ConnectionString);
        if (settings.Tls is not null)
        {
            silo.UseClusterTls(settings.Tls);
        }

        // Failure detection can be tuned by operators (and tests) without a rebuild.
        silo.Services.AddReceptionFailureDetection();
        silo.Services.Configure<ClusterMembershipOptions>(configuration.GetSection("Reception:Membership"));
        silo.Services.AddReceptionWorkflow();
        var telemetry = TelemetrySettings.FromConfiguration(configuration);
        if (telemetry.OrleansDashboard)
        {
            // Live log streaming stays off: log lines may carry what the dashboard's viewers should not see.
            silo.AddDashboard(options => options.HideTrace = true);
        }
        if (telemetry.OtlpEndpoint is not null)
        {
            silo.AddActivityPropagation();
        }
        if (settings.SeedDemoData)
        {
            silo.Services.AddReceptionDemoData();
        }
        return silo;
    }
}
