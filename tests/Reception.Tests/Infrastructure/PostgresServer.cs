using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Reception.Tests.Infrastructure;

/// <summary>
/// A real, throwaway PostgreSQL server on 127.0.0.1 for the whole test run: initdb into a temporary
/// folder, run as the unprivileged 'postgres' user when the tests run as root, removed at exit.
/// Missing binaries fail the tests loudly: the README's test command installs them.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private static readonly Lazy<PostgresServer> SharedServer = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly string _binDirectory;
    private readonly string _dataDirectory;
    private readonly string? _runAsUser;
    private int _databaseCounter;

    private PostgresServer(string binDirectory, string dataDirectory, string? runAsUser, int port)
    {
        _binDirectory = binDirectory;
        _dataDirectory = dataDirectory;
        _runAsUser = runAsUser;
        Port = port;
    }

    public static PostgresServer Shared => SharedServer.Value;

    /// <summary>A server of the caller's own, for a test that stops and starts it (the shared one serves other tests); dispose it.</summary>
    public static PostgresServer StartDedicated() => Start();

    public int Port { get; }

    public string AdminConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false";

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public string CreateDatabase(string prefix)
    {
        var name = $"{prefix}_{Interlocked.Increment(ref _databaseCounter)}_{Environment.ProcessId}".ToLowerInvariant();
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE \"{name}\"";
        command.ExecuteNonQuery();
        return $"Host=127.0.0.1;Port={Port};Username=postgres;Database={name}";
    }

    /// <summary>Stops the server the way an operator restarting it does (<c>pg_ctl stop -m fast</c>): sessions end, clients see errors.</summary>
    public void Stop() => Run(Path.Combine(_binDirectory, "pg_ctl"), $"-D {_dataDirectory} -m fast -w -t 60 stop", tolerateFailure: false);

    /// <summary>Starts a stopped server again on the same port and data.</summary>
    public void StartAgain() => Run(Path.Combine(_binDirectory, "pg_ctl"),
        $"-D {_dataDirectory} -l {_dataDirectory}/server.log -w -t 60 -o \"-p {Port} -k {_dataDirectory} -c listen_addresses=127.0.0.1 -c max_connections=300\" start", tolerateFailure: false);

    public void Dispose()
    {
        Run(Path.Combine(_binDirectory, "pg_ctl"), $"-D {_dataDirectory} -m immediate -w stop", tolerateFailure: true);
        try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static PostgresServer Start()
    {
        var bin = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found: run the README's test command (bash tests/run.sh), " +
            "which installs Debian's 'postgresql' package, or set PG_BIN to the folder that holds them.");
        var runAs = Environment.UserName == "root" ? "postgres" : null;
        var data = Path.Combine(Path.GetTempPath(), $"reception-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(data);
        if (runAs is not null)
        {
            Run("chown", $"{runAs} {data}");
        }

        var port = FreePort();
        var server = new PostgresServer(bin, data, runAs, port);
        server.Run(Path.Combine(bin, "initdb"), $"-D {data} -U postgres --auth=trust -E UTF8 --no-locale");
        server.Run(Path.Combine(bin, "pg_ctl"),
            $"-D {data} -l {data}/server.log -w -t 60 -o \"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c max_connections=300\" start", tolerateFailure: false);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Dispose();
        return server;
    }

    private static string? FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("PG_BIN");
        if (!string.IsNullOrEmpty(configured) && File.Exists(Path.Combine(configured, "initdb")))
        {
            return configured;
        }

        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            var newest = Directory.GetDirectories(debianRoot)
                .Select(dir => Path.Combine(dir, "bin"))
                .Where(dir => File.Exists(Path.Combine(dir, "initdb")))
                .OrderByDescending(dir => int.TryParse(Path.GetFileName(Path.GetDirectoryName(dir)), out var v) ? v : 0)
                .FirstOrDefault();
            if (newest is not null)
            {
                return newest;
            }
        }
        return null;
    }

    private void Run(string executable, string arguments, bool tolerateFailure = false)
    {
        if (_runAsUser is not null && executable.StartsWith(_binDirectory, StringComparison.Ordinal))
        {
            Run("runuser", $"-u {_runAsUser} -- {executable} {arguments}", tolerateFailure, "/tmp");
        }
        else
        {
            Run(executable, arguments, tolerateFailure, "/tmp");
        }
    }

    private static void Run(string executable, string arguments, bool tolerateFailure = false, string workingDirectory = "/tmp")
    {
        var info = new ProcessStartInfo(executable, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0 && !tolerateFailure)
        {
            throw new InvalidOperationException(
                $"'{executable} {arguments}' exited with {process.ExitCode}: {stderr.Result}{stdout.Result}");
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
