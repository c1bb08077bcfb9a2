namespace Reception.Tests.Infrastructure;

/// <summary>Starts the real API and silo executables with the configuration a test needs.</summary>
public static class ReceptionHosts
{
    public const string ReadyMarker = "Application started";

    public sealed record Ports(int Http, int Silo, int Gateway)
    {
        public static Ports Free() => new(PostgresServer.FreePort(), PostgresServer.FreePort(), PostgresServer.FreePort());

        public string BaseUrl => $"http://127.0.0.1:{Http}";
    }

    /// <summary>The API host in embedded mode (it co-hosts the silo) on SQLite in <paramref name="dataPath"/>.</summary>
    /// <summary>
    /// The hosts run in the Production environment, where demo mode must be chosen: SQLite hosts run the demo unless the
    /// test says otherwise (<c>Reception__Demo</c> or its alias <c>Reception__SeedDemoData</c>).
    /// </summary>
    public static HostProcess StartEmbeddedApi(string dataPath, Ports ports, IReadOnlyDictionary<string, string>? extra = null) =>
        HostProcess.Start(RepositoryPaths.ApiAssembly, Merge(new Dictionary<string, string>
        {
            [DemoKey(extra)] = extra?.GetValueOrDefault(DemoKey(extra)) ?? "true",
            ["Reception__Storage"] = "sqlite",
            ["Reception__DataPath"] = dataPath,
            ["Reception__SiloPort"] = ports.Silo.ToString(),
            ["Reception__GatewayPort"] = ports.Gateway.ToString(),
            ["ASPNETCORE_URLS"] = ports.BaseUrl,
        }, extra), ReadyMarker);

    /// <summary>The API host in embedded mode on PostgreSQL.</summary>
    public static HostProcess StartEmbeddedApiOnPostgres(string connectionString, string dataPath, Ports ports, IReadOnlyDictionary<string, string>? extra = null) =>
        HostProcess.Start(RepositoryPaths.ApiAssembly, Merge(new Dictionary<string, string>
        {
            ["Reception__Storage"] = "postgres",
            ["ConnectionStrings__Reception"] = connectionString,
            ["Reception__DataPath"] = dataPath,
            ["Reception__SiloPort"] = ports.Silo.ToString(),
            ["Reception__GatewayPort"] = ports.Gateway.ToString(),
            ["ASPNETCORE_URLS"] = ports.BaseUrl,
        }, extra), ReadyMarker);

    /// <summary>A standalone silo process on PostgreSQL.</summary>
    public static HostProcess StartSiloOnPostgres(string connectionString, Ports ports, IReadOnlyDictionary<string, string>? extra = null) =>
        HostProcess.Start(RepositoryPaths.SiloAssembly, Merge(new Dictionary<string, string>
        {
            ["Reception__Storage"] = "postgres",
            ["ConnectionStrings__Reception"] = connectionString,
            ["Reception__SiloPort"] = ports.Silo.ToString(),
            ["Reception__GatewayPort"] = ports.Gateway.ToString(),
        }, extra), ReadyMarker);

    /// <summary>The API host in external mode: it joins the silos it finds in PostgreSQL.</summary>
    public static HostProcess StartExternalApi(string connectionString, string dataPath, Ports ports, IReadOnlyDictionary<string, string>? extra = null) =>
        HostProcess.Start(RepositoryPaths.ApiAssembly, Merge(new Dictionary<string, string>
        {
            ["Reception__Storage"] = "postgres",
            ["Reception__Silo"] = "external",
            ["ConnectionStrings__Reception"] = connectionString,
            ["Reception__DataPath"] = dataPath,
            ["ASPNETCORE_URLS"] = ports.BaseUrl,
        }, extra), ReadyMarker);

    public static string NewDataFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), $"reception-test-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    private static string DemoKey(IReadOnlyDictionary<string, string>? extra) =>
        extra?.ContainsKey("Reception__SeedDemoData") == true && extra?.ContainsKey("Reception__Demo") != true ? "Reception__SeedDemoData" : "Reception__Demo";

    private static Dictionary<string, string> Merge(Dictionary<string, string> settings, IReadOnlyDictionary<string, string>? extra)
    {
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        return settings;
    }
}
