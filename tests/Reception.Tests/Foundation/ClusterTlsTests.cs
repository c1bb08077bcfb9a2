using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Orleans.Connections.Security;
using Reception.Contracts.Points;
using Reception.Silo.Hosting;
using Reception.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Reception.Tests.Foundation;

/// <summary>Two silo processes on PostgreSQL with mutual TLS serve only the hosts whose certificates come from their CA.</summary>
public sealed class ClusterTlsTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = ReceptionHosts.NewDataFolder();

    [Fact]
    public async Task A_tls_cluster_serves_a_client_of_its_ca_and_refuses_one_without_a_certificate_or_from_another_ca()
    {
        using var authority = new TestCertificateAuthority("Reception test CA", Path.Combine(_folder, "ca"));
        using var stranger = new TestCertificateAuthority("Another CA", Path.Combine(_folder, "other"));
        var connectionString = PostgresServer.Shared.CreateDatabase("tls");

        // One silo reads a PKCS#12 file, the other a PEM certificate and key: both forms an operator may have.
        await using var siloA = ReceptionHosts.StartSiloOnPostgres(connectionString, ReceptionHosts.Ports.Free(),
            authority.IssuePfx("silo-a", "pfx-password").Settings(authority));
        await siloA.WaitUntilReadyAsync();
        await using var siloB = ReceptionHosts.StartSiloOnPostgres(connectionString, ReceptionHosts.Ports.Free(),
            authority.IssuePem("silo-b").Settings(authority));
        await siloB.WaitUntilReadyAsync();

        try
        {
            await ServesAndRefusesAsync(authority, stranger, connectionString);
        }
        finally
        {
            output.WriteLine($"silo A:\n{siloA.Output}\nsilo B:\n{siloB.Output}");
        }

        Assert.False(siloA.HasExited);
        Assert.False(siloB.HasExited);
    }

    private static async Task ServesAndRefusesAsync(TestCertificateAuthority authority, TestCertificateAuthority stranger, string connectionString)
    {
        var member = TlsSettings(authority.IssuePem("api"), authority);
        await using (var client = await ClusterClientHost.ConnectThroughPostgresAsync(connectionString, c => c.UseClusterTls(member)).WaitAsync(TimeSpan.FromSeconds(60)))
        {
            var management = client.Client.GetGrain<IManagementGrain>(0);
            await Eventually.WaitUntilAsync(async () => (await management.GetHosts(onlyActive: true)).Count == 2, "both silos active over TLS");
            var point = client.Client.GetGrain<IReceptionPointGrain>("TLS");
            await point.Configure(new PointProfile("TLS", "Punto TLS", "Tijuana", "Baja California", PointKind.LandCrossing, "America/Tijuana", new PointCapacity(10, 1, 5)));
            Assert.Equal("Punto TLS", (await point.GetSummary()).Name);
        }

        // Each intruder accepts any silo certificate, so only the silos' refusal can stop it.
        await AssertRefusedAsync(connectionString, client => client.UseTls(options =>
        {
            options.ClientCertificateMode = RemoteCertificateMode.NoCertificate;
            options.AllowAnyRemoteCertificate();
        }));
        using var foreign = LoadPem(stranger.IssuePem("intruder"));
        await AssertRefusedAsync(connectionString, client => client.UseTls(foreign, options => options.AllowAnyRemoteCertificate()));
        await AssertRefusedAsync(connectionString, _ => { });
    }

    private static async Task AssertRefusedAsync(string connectionString, Action<IClientBuilder> transport)
    {
        // A refused client keeps retrying the gateways; it is given as long as the member needed, and more.
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var refused = await Record.ExceptionAsync(async () =>
        {
            await using var client = await ClusterClientHost.ConnectThroughPostgresAsync(connectionString, transport, patience.Token);
            await client.Client.GetGrain<IReceptionPointGrain>("TLS").GetSummary();
        }).WaitAsync(TimeSpan.FromSeconds(90));
        Assert.NotNull(refused);
    }

    private static ClusterTlsSettings TlsSettings(TestCertificateAuthority.HostFiles files, TestCertificateAuthority authority)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(files.Settings(authority).Select(s => KeyValuePair.Create(s.Key.Replace("__", ":", StringComparison.Ordinal), (string?)s.Value)))
            .Build();
        return ClusterTlsSettings.FromConfiguration(configuration.GetSection(ReceptionSettings.SectionName))!;
    }

    private static X509Certificate2 LoadPem(TestCertificateAuthority.HostFiles files) =>
        X509Certificate2.CreateFromPemFile(files.Certificate, files.Key);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
