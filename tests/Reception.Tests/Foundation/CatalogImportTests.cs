using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Identity;
using Reception.Tests.Api;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Foundation;

/// <summary>
/// Issue #16: a production host (PostgreSQL, demo off) gets its catalog through the real <c>catalog import</c> command and
/// the administrators' API only, with configured accounts (no demo account exists), and a point manager then registers an
/// arrival at an imported point.
/// </summary>
public sealed class CatalogImportTests
{
    private const string AdminPassword = "una clave larga de administración";
    private const string ManagerPassword = "una clave larga del responsable";

    private static string RealPoints => Path.Combine(RepositoryPaths.Root, "data", "catalog", "mexico-reception-points.json");

    [Fact]
    public async Task A_demo_off_postgres_host_is_set_up_by_the_import_command_and_the_admin_api()
    {
        var connectionString = PostgresServer.Shared.CreateDatabase("catalog");
        var ports = ReceptionHosts.Ports.Free();
        var hasher = new PasswordHasher<object>();
        await using var host = ReceptionHosts.StartEmbeddedApiOnPostgres(connectionString, ReceptionHosts.NewDataFolder(), ports, new Dictionary<string, string>
        {
            ["Reception__Demo"] = "false",
            ["Reception__Auth__Accounts__0__UserName"] = "ana.admin",
            ["Reception__Auth__Accounts__0__Role"] = "administrator",
            ["Reception__Auth__Accounts__0__PasswordHash"] = hasher.HashPassword(null!, AdminPassword),
            ["Reception__Auth__Accounts__1__UserName"] = "luis.tijuana",
            ["Reception__Auth__Accounts__1__Role"] = "pointManager",
            ["Reception__Auth__Accounts__1__PasswordHash"] = hasher.HashPassword(null!, ManagerPassword),
            ["Reception__Auth__Accounts__1__Points__0"] = "TIJ",
        });
        await host.WaitUntilReadyAsync();
        using var anonymous = new HttpClient { BaseAddress = new Uri(ports.BaseUrl) };
        var (_, about) = await anonymous.GetJsonAsync("/api/about");
        Assert.False(about.GetProperty("demo").GetBoolean());
        var (demoSignIn, _) = await anonymous.PostJsonAsync("/api/auth/token", new { username = "administrator", password = SignIn.DemoPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, demoSignIn.StatusCode);

        var (exit, output) = await ImportAsync(connectionString, RealPoints);
        Assert.True(exit == 0, output);
        Assert.Contains("13 created", output);
        (exit, output) = await ImportAsync(connectionString, RealPoints);
        Assert.True(exit == 0, output);
        Assert.Contains("changed nothing", output);

        var broken = Path.Combine(ReceptionHosts.NewDataFolder(), "broken.json");
        await File.WriteAllTextAsync(broken, """
            {"points": [
              {"code": "AGP", "name": "Agua Prieta", "city": "Agua Prieta", "state": "Sonora", "kind": "landCrossing", "timeZone": "America/Hermosillo", "capacity": {"shelterBeds": 20, "intakeDesks": 1}},
              {"code": "NAC", "name": "Naco", "city": "Naco", "state": "Arizona", "kind": "landCrossing", "timeZone": "Mars/Base", "capacity": {"shelterBeds": 10, "intakeDesks": 1}}
            ], "programs": []}
            """);
        (exit, output) = await ImportAsync(connectionString, broken);
        Assert.True(exit == 1, output);
        Assert.Contains("points[1].state", output);
        Assert.Contains("points[1].timeZone", output);

        using var admin = await ClientAsync(ports, "ana.admin", AdminPassword);
        var (_, points) = await admin.GetJsonAsync("/api/points");
        Assert.Equal(12, points.GetArrayLength());
        Assert.DoesNotContain(points.EnumerateArray(), p => p.Text("code") == "AGP");

        var (created, _) = await admin.PostJsonAsync("/api/admin/points", new
        {
            code = "AGP", name = "Agua Prieta", city = "Agua Prieta", state = "Sonora", kind = "landCrossing", timeZone = "America/Hermosillo",
            capacity = new { shelterBeds = 20, intakeDesks = 1 },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var (program, programBody) = await admin.PostJsonAsync("/api/admin/programs", new
        {
            id = "imss-salud", name = "Atención médica", category = "health", provider = "IMSS", points = new[] { "TIJ", "AGP" }, dailyCapacity = 100,
        });
        Assert.True(program.StatusCode == HttpStatusCode.Created, programBody.ToString());

        using var manager = await ClientAsync(ports, "luis.tijuana", ManagerPassword);
        var (arrived, receipt) = await manager.PostJsonAsync("/api/points/TIJ/arrivals", Api.Workflow.Adult(), Guid.NewGuid().ToString());
        Assert.True(arrived.StatusCode == HttpStatusCode.Created, receipt.ToString());
        // Health is not a mandatory referral for this person: it needs their consent to share first (issue #16).
        var (consented, consent) = await manager.PutJsonAsync($"/api/returnees/{receipt.Text("caseId")}/consent/shareAssessment", new { given = true });
        Assert.True(consented.StatusCode == HttpStatusCode.OK, consent.ToString());
        var (referred, referral) = await manager.PostJsonAsync($"/api/returnees/{receipt.Text("caseId")}/referrals", new { programId = "imss-salud" });
        Assert.True(referred.StatusCode == HttpStatusCode.Created, referral.ToString());

        var (_, events) = await admin.GetJsonAsync("/api/admin/catalog/events");
        var list = events.EnumerateArray().ToList();
        Assert.Equal(15, list.Count);
        Assert.Contains(list, e => e.Text("key") == "TIJ" && e.Text("action") == "created" && e.Text("userName").StartsWith("catalog import", StringComparison.Ordinal));
        Assert.Contains(list, e => e.Text("key") == "AGP" && e.Text("userName") == "ana.admin");
    }

    [Fact]
    public async Task Import_without_a_running_cluster_says_what_to_start()
    {
        var (exit, output) = await ImportAsync(PostgresServer.Shared.CreateDatabase("nocluster"), RealPoints);
        Assert.True(exit == 3, output);
        Assert.Contains("Start the API or a silo", output);
    }

    internal static async Task<(int Exit, string Output)> ImportAsync(string connectionString, string file)
    {
        await using var import = HostProcess.Start(RepositoryPaths.SiloAssembly, new Dictionary<string, string>
        {
            ["Reception__Storage"] = "postgres",
            ["ConnectionStrings__Reception"] = connectionString,
        }, "reception:", "catalog", "import", file);
        var exit = await import.WaitForExitAsync(TimeSpan.FromSeconds(120));
        return (exit, import.Output);
    }

    private static async Task<HttpClient> ClientAsync(ReceptionHosts.Ports ports, string userName, string password)
    {
        var client = new HttpClient { BaseAddress = new Uri(ports.BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignIn.TokenAsync(ports.BaseUrl, userName, password));
        return client;
    }
}
