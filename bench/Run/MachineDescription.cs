using System.Text.Json;
using Npgsql;

namespace Reception.Bench.Run;

/// <summary>The machine, the software and the commit a run measured, for the result's <c>machine</c> object.</summary>
internal static class MachineDescription
{
    public static async Task<Dictionary<string, object?>> DescribeAsync(int pid, string? pg, string? commit)
    {
        var machine = new Dictionary<string, object?>
        {
            ["cores"] = Environment.ProcessorCount,
            ["memoryMb"] = MemTotalMb(),
            ["cpu"] = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim(),
            ["os"] = OsName(),
            ["kernel"] = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
            ["dotnet"] = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
            ["orleans"] = OrleansVersion(pid),
            ["hostPid"] = pid,
            ["hostCommand"] = string.Join(' ', HostProbe.CommandLine(pid)),
            ["commit"] = commit,
        };
        if (!string.IsNullOrWhiteSpace(pg))
        {
            await using var source = NpgsqlDataSource.Create(pg);
            await using var cmd = source.CreateCommand("SELECT current_setting('server_version') || ', synchronous_commit=' || current_setting('synchronous_commit') || ', fsync=' || current_setting('fsync') || ', shared_buffers=' || current_setting('shared_buffers')");
            machine["postgres"] = (string?)await cmd.ExecuteScalarAsync();
        }
        return machine;
    }

    private static long MemTotalMb()
    {
        var line = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }

    private static string? OsName()
    {
        try
        {
            return File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?[12..].Trim('"');
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The Orleans version the host runs, from the <c>.deps.json</c> beside the host's assembly.</summary>
    private static string? OrleansVersion(int pid)
    {
        var dll = HostProbe.CommandLine(pid).FirstOrDefault(a => a.EndsWith(".dll", StringComparison.OrdinalIgnoreCase));
        if (dll is null)
        {
            return null;
        }
        try
        {
            var cwd = new FileInfo($"/proc/{pid}/cwd").LinkTarget ?? "";
            var deps = Path.ChangeExtension(Path.IsPathRooted(dll) ? dll : Path.Combine(cwd, dll), ".deps.json");
            using var doc = JsonDocument.Parse(File.ReadAllText(deps));
            foreach (var library in doc.RootElement.GetProperty("libraries").EnumerateObject())
            {
                if (library.Name.StartsWith("Microsoft.Orleans.Runtime/", StringComparison.Ordinal))
                {
                    return library.Name.Split('/')[1];
                }
            }
        }
        catch (Exception e) when (e is IOException or JsonException or KeyNotFoundException or UnauthorizedAccessException)
        {
        }
        return null;
    }
}
