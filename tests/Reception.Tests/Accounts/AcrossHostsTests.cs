using System.Net;
using Reception.Contracts.Shared;
using Reception.Tests.Api;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Accounts;

/// <summary>
/// Two API hosts joined to one silo on PostgreSQL: an account disabled through one host has its token refused on
/// the other host's very next request, and its hub connection there closed, with no wait in between.
/// </summary>
public sealed class AcrossHostsTests
{
    private const string Password = "coordinacion-regional-3";

    [Fact]
    public async Task Disabling_through_one_host_refuses_the_token_on_the_next_request_to_another()
    {
        var connectionString = PostgresServer.Shared.CreateDatabase("accounts_hosts");
        var demo = new Dictionary<string, string> { ["Reception__SeedDemoData"] = "true" };
        await using var silo = ReceptionHosts.StartSiloOnPostgres(connectionString, ReceptionHosts.Ports.Free(), demo);
        await silo.WaitUntilReadyAsync();
        // The hosts share a data folder, so they share the signing key and accept each other's tokens.
        var dataPath = ReceptionHosts.NewDataFolder();
        var portsA = ReceptionHosts.Ports.Free();
        var portsB = ReceptionHosts.Ports.Free();
        await using var hostA = ReceptionHosts.StartExternalApi(connectionString, dataPath, portsA, demo);
        await using var hostB = ReceptionHosts.StartExternalApi(connectionString, dataPath, portsB, demo);
        await Task.WhenAll(hostA.WaitUntilReadyAsync(), hostB.WaitUntilReadyAsync());
        var sessionA = new AccountSession(portsA.BaseUrl);
        var sessionB = new AccountSession(portsB.BaseUrl);

        using var admin = sessionA.Client(await sessionA.TokenAsync("administrator", SignIn.DemoPassword));
        var (created, body) = await admin.PostJsonAsync("/api/admin/accounts", new { username = "regional", password = Password, role = "coordinator" });
        Assert.True(created.StatusCode == HttpStatusCode.Created, body.ToString());
        var token = await sessionA.TokenAsync("regional", Password);
        using var onB = sessionB.Client(token);
        Assert.Equal(HttpStatusCode.OK, (await onB.GetJsonAsync("/api/auth/me")).Response.StatusCode);
        var (hub, closed) = await sessionB.ConnectAsync(token);
        await using var _ = hub;

        var (disabled, _) = await admin.PutJsonAsync("/api/admin/accounts/regional", new { disabled = true });
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);

        var (refused, problem) = await onB.GetJsonAsync("/api/auth/me");
        HttpJson.AssertProblem(refused, problem, 401);
        Assert.Equal(ProblemCodes.SignInAgain, problem.Text("code"));
        await closed.WaitAsync(TimeSpan.FromSeconds(10));
        var (signIn, signInProblem) = await sessionB.SignInAsync("regional", Password);
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        Assert.Equal(ProblemCodes.AccountDisabled, signInProblem.Text("code"));
    }
}
