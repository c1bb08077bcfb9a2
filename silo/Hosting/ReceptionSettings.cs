using System.Net;
using Microsoft.Extensions.Configuration;

namespace Reception.Silo.Hosting;

/// <summary>
/// The host settings read from configuration (appsettings.json, environment variables such as
/// <c>Reception__Storage</c>, command-line <c>--Reception:Storage=postgres</c>) and validated once.
/// </summary>
public sealed record ReceptionSettings
{
    public const string SectionName = "Reception";
    public const string ConnectionStringName = "Reception";
    public const string SqliteFileName = "reception.db";

    public required StorageMode Storage { get; init; }

    /// <summary>Absolute path of the folder for the SQLite file and other local state (the signing key).</summary>
    public required string DataPath { get; init; }

    /// <summary>The ADO.NET connection string for the chosen storage (derived from DataPath for SQLite).</summary>
    public required string ConnectionString { get; init; }

    public required string ClusterId { get; init; }
    public required string ServiceId { get; init; }
    public required int SiloPort { get; init; }
    public required int GatewayPort { get; init; }
    public required IPAddress AdvertisedAddress { get; init; }

    /// <summary>Mutual TLS between the cluster's hosts (<c>Reception:Tls</c>); null when not configured.</summary>
    public required ClusterTlsSettings? Tls { get; init; }

    /// <summary>
    /// Demo mode (<c>Reception:Demo</c>; <c>Reception:SeedDemoData</c> is its deprecated alias): seed the demo points, programs
    /// and accounts. By default on with SQLite, off with PostgreSQL.
    /// </summary>
    public required bool SeedDemoData { get; init; }

    /// <summary>Whether demo mode was set in configuration rather than taken from the storage's default.</summary>
    public bool DemoExplicit { get; init; }

    public string SqliteFilePath => Path.Combine(DataPath, SqliteFileName);

    public string AdoNetInvariant => Storage switch
    {
        StorageMode.Postgres => "Npgsql",
        // The Orleans 10 ADO.NET providers map this invariant to Microsoft.Data.Sqlite.
        _ => "System.Data.SQLite",
    };

    public static ReceptionSettings FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var storage = ParseStorage(section["Storage"]);
        var dataPath = Path.GetFullPath(NonEmpty(section["DataPath"]) ?? "data");
        var connectionString = storage == StorageMode.Postgres
            ? PostgresConnectionString(configuration)
            : $"Data Source={Path.Combine(dataPath, SqliteFileName)};Pooling=True;Default Timeout=30";

        var advertisedAddress = ParseAddress(section["AdvertisedAddress"]);
        var tls = ClusterTlsSettings.FromConfiguration(section);
        if (storage == StorageMode.Postgres && tls is null && !IPAddress.IsLoopback(advertisedAddress))
        {
            throw new ReceptionConfigurationException(
                $"Reception:AdvertisedAddress is {advertisedAddress} but Reception:Tls is not configured: a silo reachable from other machines " +
                "accepts only its cluster's hosts, so set Reception:Tls:Certificate and Reception:Tls:CaCertificate (deploy/make-test-ca.sh), or advertise 127.0.0.1 on one machine.");
        }

        return new ReceptionSettings
        {
            Storage = storage,
            DataPath = dataPath,
            ConnectionString = connectionString,
            ClusterId = NonEmpty(section["ClusterId"]) ?? "reception",
            ServiceId = NonEmpty(section["ServiceId"]) ?? "reception",
            SiloPort = ParsePort(section, "SiloPort", 11111),
            GatewayPort = ParsePort(section, "GatewayPort", 30000),
            AdvertisedAddress = advertisedAddress,
            Tls = tls,
            SeedDemoData = ParseBool(section, DemoKey(section), storage == StorageMode.Sqlite),
            DemoExplicit = NonEmpty(section[DemoKey(section)]) is not null,
        };
    }

    /// <summary>
    /// Refuses a host of the <c>Production</c> environment whose demo accounts, with their published password, would be on
    /// only because SQLite's default says so: a real deployment says <c>Reception:Demo=false</c>, a demo on purpose <c>true</c>.
    /// </summary>
    public void RequireDemoChosenIn(string environmentName)
    {
        if (SeedDemoData && !DemoExplicit && string.Equals(environmentName, "Production", StringComparison.OrdinalIgnoreCase))
        {
            throw new ReceptionConfigurationException(
                "this Production host would start in demo mode (demo accounts with the published password 'reception-demo'), the default with SQLite: " +
                "set Reception:Demo=false for a real deployment, or Reception:Demo=true to run the demo on purpose.");
        }
    }

    // "Demo" wins over its deprecated alias "SeedDemoData" when both are given.
    private static string DemoKey(IConfigurationSection section) => NonEmpty(section["Demo"]) is not null ? "Demo" : "SeedDemoData";

    private static string PostgresConnectionString(IConfiguration configuration)
    {
        var configured = NonEmpty(configuration.GetConnectionString(ConnectionStringName))
              ?? throw new ReceptionConfigurationException(
                  "Reception:Storage is 'postgres' but ConnectionStrings:Reception is empty: set it, e.g. " +
                  "ConnectionStrings__Reception='Host=127.0.0.1;Port=5432;Database=reception;Username=reception;Password=…'.");
        try
        {
            return PostgresConnectionDefaults.Apply(configured);
        }
        catch (ArgumentException ex)
        {
            throw new ReceptionConfigurationException(
                $"ConnectionStrings:Reception is not a valid PostgreSQL connection string ({ex.Message}): use Npgsql's 'Host=…;Port=…;Database=…;Username=…;Password=…' form.", ex);
        }
    }

    private static StorageMode ParseStorage(string? value) => NonEmpty(value)?.ToLowerInvariant() switch
    {
        null or "sqlite" => StorageMode.Sqlite,
        "postgres" or "postgresql" => StorageMode.Postgres,
        _ => throw new ReceptionConfigurationException(
            $"Reception:Storage is '{value}': use 'sqlite' (embedded, the default) or 'postgres'."),
    };

    private static int ParsePort(IConfigurationSection section, string key, int fallback)
    {
        var value = NonEmpty(section[key]);
        if (value is null)
        {
            return fallback;
        }

        if (int.TryParse(value, out var port) && port is >= 0 and <= 65535)
        {
            return port;
        }

        throw new ReceptionConfigurationException($"Reception:{key} is '{value}': use a port number from 0 to 65535.");
    }

    internal static bool ParseBool(IConfigurationSection section, string key, bool fallback)
    {
        var value = NonEmpty(section[key]);
        if (value is null)
        {
            return fallback;
        }

        if (bool.TryParse(value, out var flag))
        {
            return flag;
        }

        throw new ReceptionConfigurationException($"Reception:{key} is '{value}': use true or false.");
    }

    private static IPAddress ParseAddress(string? value)
    {
        var text = NonEmpty(value);
        if (text is null)
        {
            return IPAddress.Loopback;
        }

        if (IPAddress.TryParse(text, out var address))
        {
            return address;
        }

        try
        {
            // A host name (a container's service name, say) resolves to the address other silos reach.
            return Dns.GetHostAddresses(text).First(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork);
        }
        catch (Exception ex) when (ex is System.Net.Sockets.SocketException or InvalidOperationException)
        {
            throw new ReceptionConfigurationException(
                $"Reception:AdvertisedAddress '{text}' does not resolve to an IPv4 address: use this machine's address or host name.", ex);
        }
    }

    internal static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
