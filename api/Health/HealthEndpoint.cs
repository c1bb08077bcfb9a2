using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Reception.Silo.Hosting;

namespace Reception.Api.Health;

/// <summary>
/// <c>GET /health</c> and <c>/health/ready</c>: the storage mode and whether storage and the cluster answer, as JSON;
/// <c>/health/live</c>: the process answers.
/// </summary>
public static class HealthEndpoint
{
    private const string Ready = "ready";

    public static IServiceCollection AddReceptionHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>("storage", tags: [Ready])
            .AddCheck<ClusterHealthCheck>("cluster", tags: [Ready]);
        return services;
    }

    public static IEndpointRouteBuilder MapReceptionHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync }).AllowAnonymous();
        // Liveness: the process answers (no check runs). Readiness: storage and the cluster answer, as /health.
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync }).AllowAnonymous();
        return endpoints;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var settings = context.RequestServices.GetRequiredService<ReceptionSettings>();
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString().ToLowerInvariant(),
            storage = settings.Storage.ToString().ToLowerInvariant(),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new
                {
                    status = entry.Value.Status.ToString().ToLowerInvariant(),
                    description = entry.Value.Description,
                    data = entry.Value.Data,
                }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
