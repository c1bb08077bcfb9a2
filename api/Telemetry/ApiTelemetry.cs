using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Orleans.Dashboard;
using Reception.Api.Auth;
using Reception.Contracts.Shared;
using Reception.Silo.Telemetry;

namespace Reception.Api.Telemetry;

/// <summary>
/// The API's observability: the hosts' OpenTelemetry (<see cref="ReceptionTelemetry"/>) plus ASP.NET Core and
/// SignalR; the Prometheus scrape endpoint <c>/metrics</c> for loopback and <c>Reception:Telemetry:MetricsNetworks</c>;
/// the Orleans dashboard at <c>/orleans</c> for those who may operate the cluster (<see cref="Permissions.MayOperateCluster"/>).
/// </summary>
public static class ApiTelemetry
{
    public const string MetricsPath = "/metrics";
    public const string DashboardPath = "/orleans";
    private const string SignalRActivitySource = "Microsoft.AspNetCore.SignalR.Server";

    public static WebApplicationBuilder AddReceptionTelemetry(this WebApplicationBuilder builder)
    {
        var settings = TelemetrySettings.FromConfiguration(builder.Configuration);
        builder.Services.AddSingleton(settings);
        var telemetry = builder.Services.AddReceptionTelemetry(settings, "reception-api");
        if (settings.Exports)
        {
            // ASP.NET Core's meters: hosting, Kestrel, routing, rate limiting and SignalR's connections.
            telemetry.WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation();
                if (settings.Prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        }
        if (settings.OtlpEndpoint is not null)
        {
            telemetry.WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddSource(SignalRActivitySource));
        }
        return builder;
    }

    public static WebApplication MapReceptionTelemetry(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<TelemetrySettings>();
        if (settings.Prometheus)
        {
            app.MapPrometheusScrapingEndpoint(MetricsPath).Add(endpoint => Guard(endpoint, context =>
            {
                var caller = context.Connection.RemoteIpAddress;
                if (!settings.MayScrape(caller))
                {
                    throw ReceptionException.Forbidden(ProblemCodes.MetricsNotAllowed, ("address", caller?.ToString()));
                }
            }));
        }
        if (settings.OrleansDashboard)
        {
            // Operators' pages, not part of the API's contract: kept out of the OpenAPI document.
            IEndpointConventionBuilder dashboard = app.MapOrleansDashboard(DashboardPath).RequireAuthorization().ExcludeFromDescription();
            dashboard.Add(endpoint => Guard(endpoint, context => context.Actor().RequireOperateCluster()));
        }
        return app;
    }

    // Runs a check (which refuses by throwing) before the endpoint's own handler.
    private static void Guard(EndpointBuilder endpoint, Action<HttpContext> check)
    {
        var inner = endpoint.RequestDelegate ?? throw new InvalidOperationException($"Endpoint {endpoint.DisplayName} has no handler.");
        endpoint.RequestDelegate = context =>
        {
            check(context);
            return inner(context);
        };
    }
}
