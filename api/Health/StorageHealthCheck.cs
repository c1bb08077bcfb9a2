using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Reception.Silo.Hosting;

namespace Reception.Api.Health;

/// <summary>Healthy when the configured database answers a trivial query.</summary>
public sealed class StorageHealthCheck(ReceptionSettings settings) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["mode"] = settings.Storage.ToString().ToLowerInvariant() };
        try
        {
            await using DbConnection connection = settings.Storage == StorageMode.Postgres
                ? new NpgsqlConnection(settings.ConnectionString)
                : new SqliteConnection(settings.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{data["mode"]} storage answers", data);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"{data["mode"]} storage does not answer: {ex.Message}", ex, data);
        }
    }
}
