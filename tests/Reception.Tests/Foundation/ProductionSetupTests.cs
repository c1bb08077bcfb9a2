using System.Net;
using Reception.Tests.Accounts;
using Reception.Tests.Api;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Foundation;

/// <summary>
/// Issue #16's first acceptance point end to end: a production host (PostgreSQL, demo off) set up through the commands
/// and the API only. The first administrator comes from <c>accounts add-admin</c>, the points from <c>catalog import</c>
/// of the shipped file; the administrator adds a program, a point manager and a provider; the manager registers an
/// arrival and the provider accepts its referral.
/// </summary>
public sealed class ProductionSetupTests
{
    private const string AdminPassword = "primera-administradora-2026";

    [Fact]
    public async Task A_demo_off_postgres_host_is_set_up_with_the_commands_and_the_api_only()
    {
        var connectionString = PostgresServer.Shared.CreateDatabase("production");
        var (created, createdOutput) = await AddAdminCommandTests.AddAdminAsync(
            new Dictionary<string, string> { ["Reception__Storage"] = "postgres", ["ConnectionStrings__Reception"] = connectionString }, "sistemas", AdminPassword);
        Assert.True(created == 0, createdOutput);

        var ports = ReceptionHosts.Ports.Free();
        await using var host = ReceptionHosts.StartEmbeddedApiOnPostgres(connectionString, ReceptionHosts.NewDataFolder(), ports,
            new Dictionary<string, string> { ["Reception__Demo"] = "false" });
        await host.WaitUntilReadyAsync();
        var session = new AccountSession(ports.BaseUrl);
        var (demo, _) = await session.SignInAsync("coordinator", "reception-demo");
        Assert.Equal(HttpStatusCode.Unauthorized, demo.StatusCode);

        var (imported, importOutput) = await CatalogImportTests.ImportAsync(connectionString,
            Path.Combine(RepositoryPaths.Root, "data", "catalog", "mexico-reception-points.json"));
        Assert.True(imported == 0, importOutput);

        using var admin = session.Client(await session.TokenAsync("sistemas", AdminPassword));
        var (program, programBody) = await admin.PostJsonAsync("/api/admin/programs", new
        {
            id = "imss-salud", name = "Atención médica", category = "health", provider = "IMSS", points = new[] { "TIJ" }, dailyCapacity = 100,
        });
        Assert.True(program.StatusCode == HttpStatusCode.Created, programBody.ToString());
        foreach (var account in new object[]
        {
            new { username = "responsable.tij", password = "responsable-tijuana-26", role = "pointManager", points = new[] { "TIJ" } },
            new { username = "medica.imss", password = "proveedora-de-salud-26", role = "provider", programs = new[] { "imss-salud" } },
        })
        {
            var (made, body) = await admin.PostJsonAsync("/api/admin/accounts", account);
            Assert.True(made.StatusCode == HttpStatusCode.Created, body.ToString());
        }

        // A medical urgency is referred to health at registration, consent or not (a mandatory referral).
        using var manager = session.Client(await session.TokenAsync("responsable.tij", "responsable-tijuana-26"));
        var (arrived, receipt) = await manager.PostJsonAsync("/api/points/TIJ/arrivals",
            new { givenNames = "Rosa", surnames = "Villa Campos", sex = "female", estimatedAge = 51, vulnerabilities = new[] { "medicalUrgency" } },
            Guid.NewGuid().ToString());
        Assert.True(arrived.StatusCode == HttpStatusCode.Created, receipt.ToString());
        var referral = receipt.GetProperty("referrals").EnumerateArray().Single(r => r.Text("programId") == "imss-salud");

        using var provider = session.Client(await session.TokenAsync("medica.imss", "proveedora-de-salud-26"));
        var (accepted, acceptance) = await provider.PostJsonAsync($"/api/programs/imss-salud/referrals/{referral.Text("referralId")}/accept", new { });
        Assert.True(accepted.StatusCode == HttpStatusCode.OK, acceptance.ToString());
        var (_, view) = await manager.GetJsonAsync($"/api/returnees/{receipt.Text("caseId")}");
        Assert.Equal("accepted", view.GetProperty("referrals").EnumerateArray().Single(r => r.Text("programId") == "imss-salud").Text("status"));
    }
}
