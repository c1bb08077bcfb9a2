using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Reception.Grains.Telemetry;

namespace Reception.Silo.Telemetry;

/// <summary>
/// OpenTelemetry for every Reception host (silo or API): Reception's domain meter, Orleans' meters and activity
/// sources, Npgsql and the .NET runtime; exported over OTLP when <see cref="TelemetrySettings.OtlpEndpoint"/> is set.
/// The API adds ASP.NET Core, SignalR and the Prometheus endpoint to the same builder.
/// </summary>
public static class ReceptionTelemetry
{
    public const string OrleansMeter = "Microsoft.Orleans";
    public const string OrleansActivitySources = "Microsoft.Orleans.*";

    public static OpenTelemetryBuilder AddReceptionTelemetry(this IServiceCollection services, TelemetrySettings settings, string serviceName)
    {
        var telemetry = services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService(serviceName));
        if (!settings.Exports)
        {
            return telemetry;
        }
        telemetry.WithMetrics(metrics =>
        {
            metrics.AddMeter(ReceptionMetrics.MeterName, OrleansMeter).AddRuntimeInstrumentation().AddNpgsqlInstrumentation();
            if (settings.OtlpEndpoint is { } endpoint)
            {
                metrics.AddOtlpExporter(options => options.Endpoint = endpoint);
            }
        });
        if (settings.OtlpEndpoint is { } traces)
        {
            // Traces have nowhere to go but OTLP, so they are collected only when it is configured.
            telemetry.WithTracing(tracing => tracing
                .AddSource(OrleansActivitySources)
                .AddNpgsql()
                .AddOtlpExporter(options => options.Endpoint = traces));
        }
        return telemetry;
    }
}
