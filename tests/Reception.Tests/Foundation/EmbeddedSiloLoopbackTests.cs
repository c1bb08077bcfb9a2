using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Foundation;

/// <summary>The embedded silo (SQLite, the default) serves only its own machine: its ports listen on loopback.</summary>
public sealed class EmbeddedSiloLoopbackTests
{
    [Fact]
    public async Task The_embedded_silo_and_gateway_ports_accept_no_connection_from_another_address()
    {
        var ports = ReceptionHosts.Ports.Free();
        var dataPath = ReceptionHosts.NewDataFolder();
        await using var api = ReceptionHosts.StartEmbeddedApi(dataPath, ports);
        await api.WaitUntilReadyAsync();

        var listeners = IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners();
        foreach (var port in new[] { ports.Silo, ports.Gateway })
        {
            var bound = listeners.Where(endpoint => endpoint.Port == port).ToList();
            Assert.NotEmpty(bound);
            Assert.All(bound, endpoint => Assert.True(IPAddress.IsLoopback(endpoint.Address), $"port {port} is bound to {endpoint.Address}"));
            Assert.True(await AcceptsAsync(IPAddress.Loopback, port));
            foreach (var address in MachineAddresses())
            {
                Assert.False(await AcceptsAsync(address, port), $"port {port} accepted a connection on {address}");
            }
        }
    }

    private static IEnumerable<IPAddress> MachineAddresses() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(nic => nic.OperationalStatus == OperationalStatus.Up)
            .SelectMany(nic => nic.GetIPProperties().UnicastAddresses)
            .Select(unicast => unicast.Address)
            .Where(address => address.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(address));

    private static async Task<bool> AcceptsAsync(IPAddress address, int port)
    {
        using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await socket.ConnectAsync(new IPEndPoint(address, port), timeout.Token);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            return false;
        }
    }
}
