using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Reception.Api.Health;

/// <summary>Healthy when the Orleans cluster reports at least one active silo.</summary>
public sealed class ClusterHealthCheck(IClusterClient client) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var management = client.GetGrain<IManagementGrain>(0);
            // GetHosts takes no token (the analyzer sees the generated grain reference's overload); WaitAsync bounds the wait.
#pragma warning disable CA2016
            var silos = await management.GetHosts(onlyActive: true).WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
#pragma warning restore CA2016
            var data = new Dictionary<string, object> { ["activeSilos"] = silos.Count };
            return silos.Count > 0
                ? HealthCheckResult.Healthy($"{silos.Count} active silo(s)", data)
                : HealthCheckResult.Unhealthy("no active silo", data: data);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"cluster does not answer: {ex.Message}", ex);
        }
    }
}
