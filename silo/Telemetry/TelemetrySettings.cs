using System.Net;
using Microsoft.Extensions.Configuration;
using Reception.Silo.Hosting;

namespace Reception.Silo.Telemetry;

/// <summary>
/// <c>Reception:Telemetry</c>: where traces and metrics go and who may read them. OTLP is off while
/// <c>OtlpEndpoint</c> is empty; the API's Prometheus endpoint <c>/metrics</c> answers only callers from loopback or
/// from <c>MetricsNetworks</c>; the Orleans dashboard (silo side and the API's <c>/orleans</c>) can be switched off.
/// </summary>
public sealed record TelemetrySettings
{
    public const string SectionName = "Reception:Telemetry";

    public Uri? OtlpEndpoint { get; init; }

    public bool Prometheus { get; init; } = true;

    /// <summary>Networks besides loopback allowed to scrape <c>/metrics</c> (CIDR, e.g. <c>10.0.0.0/8</c>).</summary>
    public IReadOnlyList<IPNetwork> MetricsNetworks { get; init; } = [];

    public bool OrleansDashboard { get; init; }

    public bool Exports => OtlpEndpoint is not null || Prometheus;

    public bool MayScrape(IPAddress? caller)
    {
        if (caller is null)
        {
            return false;
        }
        if (caller.IsIPv4MappedToIPv6)
        {
            caller = caller.MapToIPv4();
        }
        return IPAddress.IsLoopback(caller) || MetricsNetworks.Any(network => network.Contains(caller));
    }

    public static TelemetrySettings FromConfiguration(IConfiguration configuration)
    {
        var reception = configuration.GetSection(ReceptionSettings.SectionName);
        var section = configuration.GetSection(SectionName);
        return new TelemetrySettings
        {
            OtlpEndpoint = ParseEndpoint(ReceptionSettings.NonEmpty(section["OtlpEndpoint"])),
            Prometheus = ReceptionSettings.ParseBool(reception, "Telemetry:Prometheus", true),
            MetricsNetworks = ParseNetworks(ReceptionSettings.NonEmpty(section["MetricsNetworks"])),
            OrleansDashboard = ReceptionSettings.ParseBool(reception, "Telemetry:OrleansDashboard", false),
        };
    }

    private static Uri? ParseEndpoint(string? text) =>
        text is null ? null
        : Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri
        : throw new ReceptionConfigurationException(
            $"Reception:Telemetry:OtlpEndpoint is '{text}': use the collector's http(s) address, e.g. http://localhost:4317, or leave it empty.");

    private static IPNetwork[] ParseNetworks(string? text) =>
        text is null ? []
        : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(entry => IPNetwork.TryParse(entry, out var network) ? network : throw new ReceptionConfigurationException(
                $"Reception:Telemetry:MetricsNetworks entry '{entry}' is not a network in CIDR form (e.g. 10.0.0.0/8)."))
            .ToArray();
}
