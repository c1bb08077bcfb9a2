namespace Reception.Api.Hosting;

/// <summary>How the API reaches the grains: a silo in its own process (embedded) or an external cluster.</summary>
public sealed record ClusterConnection(bool HostsSilo, IReadOnlyList<string> Gateways)
{
    public static ClusterConnection FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection("Reception");
        var mode = section["Silo"]?.Trim().ToLowerInvariant();
        var gateways = (section["Gateways"] ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return mode switch
        {
            null or "" or "embedded" => new ClusterConnection(true, gateways),
            "external" => new ClusterConnection(false, gateways),
            _ => throw new Silo.Hosting.ReceptionConfigurationException(
                $"Reception:Silo is '{mode}': use 'embedded' (the API hosts the silo, the default) or 'external' (join a running cluster)."),
        };
    }
}
