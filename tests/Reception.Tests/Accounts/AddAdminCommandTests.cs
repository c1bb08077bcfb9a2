using System.Diagnostics;
using System.Net;
using Reception.Tests.Api;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Accounts;

/// <summary>
/// <c>accounts add-admin --username NAME</c>, run as the real silo executable with the password on standard input:
/// it refuses a weak password, creates the first administrator (PostgreSQL with demo data off, and SQLite), says so
/// when the name exists, and the administrator signs in and creates accounts through the API.
/// </summary>
public sealed class AddAdminCommandTests
{
    private const string Password = "primer-administrador-2026";

    [Fact]
    public async Task The_command_creates_the_first_administrator_on_postgres_who_then_creates_accounts()
    {
        var connectionString = PostgresServer.Shared.CreateDatabase("accounts");
        var storage = new Dictionary<string, string>
        {
            ["Reception__Storage"] = "postgres",
            ["ConnectionStrings__Reception"] = connectionString,
        };

        var (weak, weakOutput) = await AddAdminAsync(storage, "jefa.ti", "corta");
        Assert.Equal(2, weak);
        Assert.Contains("passwordTooShort", weakOutput, StringComparison.Ordinal);
        var (empty, _) = await AddAdminAsync(storage, "jefa.ti", "");
        Assert.Equal(2, empty);

        var (created, createdOutput) = await AddAdminAsync(storage, "jefa.ti", Password);
        Assert.Equal(0, created);
        Assert.Contains("administrator 'jefa.ti' created", createdOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, createdOutput, StringComparison.Ordinal);
        var (again, againOutput) = await AddAdminAsync(storage, "JEFA.TI", "otra-clave-cualquiera-9");
        Assert.Equal(0, again);
        Assert.Contains("already exists", againOutput, StringComparison.Ordinal);

        var ports = ReceptionHosts.Ports.Free();
        await using var host = ReceptionHosts.StartEmbeddedApiOnPostgres(connectionString, ReceptionHosts.NewDataFolder(), ports,
            new Dictionary<string, string> { ["Reception__SeedDemoData"] = "false" });
        await host.WaitUntilReadyAsync();
        var session = new AccountSession(ports.BaseUrl);
        var (demo, _) = await session.SignInAsync("administrator", "reception-demo");
        Assert.Equal(HttpStatusCode.Unauthorized, demo.StatusCode);
        var (second, _) = await session.SignInAsync("jefa.ti", "otra-clave-cualquiera-9");
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);

        using var admin = session.Client(await session.TokenAsync("jefa.ti", Password));
        var (coordinator, body) = await admin.PostJsonAsync("/api/admin/accounts", new { username = "coordinacion", password = "coordinacion-nacional-1", role = "coordinator" });
        Assert.True(coordinator.StatusCode == HttpStatusCode.Created, body.ToString());
        using var asCoordinator = session.Client(await session.TokenAsync("coordinacion", "coordinacion-nacional-1"));
        var (_, me) = await asCoordinator.GetJsonAsync("/api/auth/me");
        Assert.Equal("coordinator", me.Text("role"));
        var (_, events) = await admin.GetJsonAsync("/api/admin/accounts/jefa.ti/events");
        Assert.Equal("accounts add-admin", Assert.Single(events.EnumerateArray()).Text("by"));
    }

    [Fact]
    public async Task The_command_works_on_sqlite_beside_a_running_host()
    {
        var dataPath = ReceptionHosts.NewDataFolder();
        var ports = ReceptionHosts.Ports.Free();
        await using var host = ReceptionHosts.StartEmbeddedApi(dataPath, ports, new Dictionary<string, string> { ["Reception__SeedDemoData"] = "false" });
        await host.WaitUntilReadyAsync();

        var (created, output) = await AddAdminAsync(new Dictionary<string, string> { ["Reception__Storage"] = "sqlite", ["Reception__DataPath"] = dataPath },
            "operaciones", Password);
        Assert.True(created == 0, output);

        // The running cluster learns the account at its first sign-in.
        var session = new AccountSession(ports.BaseUrl);
        using var admin = session.Client(await session.TokenAsync("operaciones", Password));
        var (_, list) = await admin.GetJsonAsync("/api/admin/accounts");
        Assert.Equal("administrator", Assert.Single(list.EnumerateArray()).Text("role"));
    }

    internal static async Task<(int ExitCode, string Output)> AddAdminAsync(IReadOnlyDictionary<string, string> environment, string userName, string password)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(RepositoryPaths.SiloAssembly)!,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { RepositoryPaths.SiloAssembly, "accounts", "add-admin", "--username", userName })
        {
            info.ArgumentList.Add(argument);
        }
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteLineAsync(password);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
