using System.Net;
using Microsoft.Extensions.Configuration;
using Reception.Silo.Hosting;
using Reception.Silo.Telemetry;

namespace Reception.Tests.Api;

/// <summary>Who may scrape <c>/metrics</c>: loopback always, other callers only from the configured networks.</summary>
public sealed class MetricsAccessTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.20.30.40", true)]
    [InlineData("::ffff:10.1.1.1", true)]
    [InlineData("192.168.1.7", false)]
    [InlineData("203.0.113.9", false)]
    public void Metrics_are_served_to_loopback_and_the_configured_networks_only(string caller, bool allowed)
    {
        var settings = Settings(new() { ["Reception:Telemetry:MetricsNetworks"] = "10.0.0.0/8, fd00::/8" });
        Assert.Equal(allowed, settings.MayScrape(IPAddress.Parse(caller)));
    }

    [Fact]
    public void Without_configured_networks_only_loopback_may_scrape_and_telemetry_defaults_are_prometheus_without_dashboard_or_otlp()
    {
        var settings = Settings([]);
        Assert.True(settings.MayScrape(IPAddress.Loopback));
        Assert.False(settings.MayScrape(IPAddress.Parse("10.0.0.1")));
        Assert.False(settings.MayScrape(null));
        Assert.True(settings.Prometheus);
        Assert.False(settings.OrleansDashboard);
        Assert.Null(settings.OtlpEndpoint);
    }

    [Theory]
    [InlineData("Reception:Telemetry:MetricsNetworks", "10.0.0.0/33", "MetricsNetworks")]
    [InlineData("Reception:Telemetry:OtlpEndpoint", "collector:4317", "OtlpEndpoint")]
    [InlineData("Reception:Telemetry:Prometheus", "sometimes", "Telemetry:Prometheus")]
    public void A_wrong_telemetry_setting_is_refused_with_one_line_naming_it(string key, string value, string named)
    {
        var failure = Assert.Throws<ReceptionConfigurationException>(() => Settings(new() { [key] = value }));
        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    private static TelemetrySettings Settings(Dictionary<string, string?> values) =>
        TelemetrySettings.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
}
