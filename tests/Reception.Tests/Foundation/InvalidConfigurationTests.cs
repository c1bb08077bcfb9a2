using Reception.Tests.Infrastructure;

namespace Reception.Tests.Foundation;

/// <summary>A host with a wrong setting stops with one clear line saying what to fix, not a stack trace.</summary>
public sealed class InvalidConfigurationTests
{
    [Fact]
    public Task Unknown_storage_mode_names_the_setting_and_the_choices() =>
        AssertStopsWithOneLineAsync(new() { ["Reception__Storage"] = "mysql" }, "Reception:Storage is 'mysql'");

    [Fact]
    public Task Unreachable_postgres_names_the_server_and_the_setting() =>
        AssertStopsWithOneLineAsync(new()
        {
            ["Reception__Storage"] = "postgres",
            ["ConnectionStrings__Reception"] = $"Host=127.0.0.1;Port={PostgresServer.FreePort()};Database=x;Username=x;Timeout=3",
        }, "Cannot reach PostgreSQL at 127.0.0.1");

    [Fact]
    public Task Postgres_without_a_connection_string_says_which_key_to_set() =>
        AssertStopsWithOneLineAsync(new() { ["Reception__Storage"] = "postgres" }, "ConnectionStrings:Reception is empty");

    [Fact]
    public Task Unwritable_data_folder_names_the_folder() =>
        // A folder below a regular file can never be created, whoever runs the test.
        AssertStopsWithOneLineAsync(new() { ["Reception__DataPath"] = "/etc/hostname/reception" }, "The data folder '/etc/hostname/reception' is not writable");

    [Fact]
    public Task Tls_certificate_without_its_ca_says_which_key_to_set() =>
        AssertStopsWithOneLineAsync(new() { ["Reception__Tls__Certificate"] = "/etc/hostname" }, "Reception:Tls:CaCertificate is empty");

    [Fact]
    public Task Silo_advertising_another_machine_without_tls_is_refused() =>
        AssertStopsWithOneLineAsync(new()
        {
            ["Reception__Storage"] = "postgres",
            ["ConnectionStrings__Reception"] = "Host=127.0.0.1;Database=x;Username=x",
            ["Reception__AdvertisedAddress"] = "192.0.2.10",
        }, "Reception:AdvertisedAddress is 192.0.2.10 but Reception:Tls is not configured");

    [Fact]
    public async Task Tls_certificate_from_another_ca_is_refused_at_start()
    {
        var folder = ReceptionHosts.NewDataFolder();
        using var authority = new TestCertificateAuthority("Reception test CA", Path.Combine(folder, "ca"));
        using var stranger = new TestCertificateAuthority("Another CA", Path.Combine(folder, "other"));
        var settings = stranger.IssuePem("silo").Settings(authority);
        await AssertStopsWithOneLineAsync(settings, "was not issued by Reception:Tls:CaCertificate");
    }

    [Fact]
    public Task A_proxy_network_that_is_not_cidr_names_the_setting() =>
        AssertStopsWithOneLineAsync(new() { ["Reception__Web__KnownNetworks__0"] = "10.0.0.0/33" }, "Reception:Web:KnownNetworks has '10.0.0.0/33'");

    [Fact]
    public async Task The_silo_host_reports_the_same_way()
    {
        await using var silo = HostProcess.Start(RepositoryPaths.SiloAssembly,
            new Dictionary<string, string> { ["Reception__Storage"] = "oracle" }, ReceptionHosts.ReadyMarker);
        Assert.Equal(2, await silo.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        AssertOneLine(silo.Output, "Reception:Storage is 'oracle'");
    }

    private static async Task AssertStopsWithOneLineAsync(Dictionary<string, string> settings, string expected)
    {
        settings.TryAdd("Reception__DataPath", ReceptionHosts.NewDataFolder());
        await using var api = ReceptionHosts.StartEmbeddedApi(settings["Reception__DataPath"], ReceptionHosts.Ports.Free(), settings);
        Assert.Equal(2, await api.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        AssertOneLine(api.Output, expected);
    }

    private static void AssertOneLine(string output, string expected)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("reception: ", line);
        Assert.Contains(expected, line);
        Assert.DoesNotContain("   at ", output);
    }
}
