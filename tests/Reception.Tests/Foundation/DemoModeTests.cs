using Reception.Tests.Api;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Foundation;

/// <summary>
/// Issue #16: demo only when asked. A <c>Production</c> host whose demo mode comes only from SQLite's default refuses to
/// start; one told <c>Reception:Demo=true</c> (or the deprecated <c>Reception:SeedDemoData=true</c>) starts, loudly.
/// </summary>
public sealed class DemoModeTests
{
    [Fact]
    public async Task A_production_host_refuses_demo_accounts_it_was_not_told_to_have()
    {
        var ports = ReceptionHosts.Ports.Free();
        await using var api = HostProcess.Start(RepositoryPaths.ApiAssembly, Settings(ports), ReceptionHosts.ReadyMarker);
        Assert.Equal(2, await api.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        var line = Assert.Single(api.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("reception: ", line);
        Assert.Contains("Reception:Demo=false", line);
    }

    [Theory]
    [InlineData("Reception__Demo")]
    [InlineData("Reception__SeedDemoData")]
    public async Task Demo_mode_set_explicitly_starts_with_a_banner_and_a_warning(string key)
    {
        var ports = ReceptionHosts.Ports.Free();
        var settings = Settings(ports);
        settings[key] = "true";
        await using var api = HostProcess.Start(RepositoryPaths.ApiAssembly, settings, ReceptionHosts.ReadyMarker);
        await api.WaitUntilReadyAsync();
        using var http = new HttpClient { BaseAddress = new Uri(ports.BaseUrl) };
        var (_, about) = await http.GetJsonAsync("/api/about");
        Assert.True(about.GetProperty("demo").GetBoolean());
        await Eventually.WaitUntilAsync(() => Task.FromResult(api.Output.Contains("DEMO MODE IN PRODUCTION", StringComparison.Ordinal)), "the warning");
        Assert.Contains("*** DEMO MODE", api.Output);
        await SignIn.TokenAsync(ports.BaseUrl, "administrator");
    }

    private static Dictionary<string, string> Settings(ReceptionHosts.Ports ports) => new()
    {
        ["Reception__Storage"] = "sqlite",
        ["Reception__DataPath"] = ReceptionHosts.NewDataFolder(),
        ["Reception__SiloPort"] = ports.Silo.ToString(),
        ["Reception__GatewayPort"] = ports.Gateway.ToString(),
        ["ASPNETCORE_URLS"] = ports.BaseUrl,
    };
}
