using System.Globalization;

namespace Reception.Bench;

/// <summary>CPU time and memory of processes read from <c>/proc</c> (Linux): the Reception host, PostgreSQL, the bench itself.</summary>
public static class HostProbe
{
    private static readonly double TicksPerSecond = 100.0; // USER_HZ is 100 on every Linux this runs on

    public sealed record CpuSample(double Host, double Postgres, double Bench, double Total, DateTime At);

    /// <summary>user+system CPU seconds of one process; NaN when it is gone.</summary>
    public static double CpuSeconds(int pid, bool includeChildren = false)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // fields[0] is state (field 3); utime is field 14, stime 15, cutime 16, cstime 17
            var ticks = double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture);
            if (includeChildren)
            {
                ticks += double.Parse(fields[13], CultureInfo.InvariantCulture) + double.Parse(fields[14], CultureInfo.InvariantCulture);
            }
            return ticks / TicksPerSecond;
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }

    /// <summary>CPU seconds of every PostgreSQL process (backends, writers) plus what the postmaster reaped from exited ones.</summary>
    public static double PostgresCpuSeconds()
    {
        var total = 0.0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            var name = Path.GetFileName(dir);
            if (!int.TryParse(name, out var pid))
            {
                continue;
            }
            try
            {
                var comm = File.ReadAllText($"{dir}/comm").Trim();
                if (comm is "postgres" or "postmaster")
                {
                    var cpu = CpuSeconds(pid, includeChildren: true);
                    if (!double.IsNaN(cpu))
                    {
                        total += cpu;
                    }
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return total;
    }

    /// <summary>Machine-wide busy CPU seconds (all processes), from /proc/stat.</summary>
    public static double MachineBusySeconds()
    {
        var line = File.ReadLines("/proc/stat").First();
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal
        var busy = parts[0] + parts[1] + parts[2] + parts[5] + parts[6] + (parts.Length > 7 ? parts[7] : 0);
        return busy / TicksPerSecond;
    }

    public static CpuSample Sample(int hostPid) => new(
        CpuSeconds(hostPid),
        PostgresCpuSeconds(),
        System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds,
        MachineBusySeconds(),
        DateTime.UtcNow);

    /// <summary>Resident memory in MB (<c>VmRSS</c>) or the peak so far (<c>VmHWM</c>).</summary>
    public static double MemoryMb(int pid, string field = "VmRSS")
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith(field + ":", StringComparison.Ordinal))
                {
                    var kb = double.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                    return kb / 1024.0;
                }
            }
        }
        catch (IOException)
        {
        }
        return double.NaN;
    }

    /// <summary>The process listening on a TCP port on this machine (via /proc/net/tcp{,6} and the processes' socket fds).</summary>
    public static int? FindListener(int port)
    {
        var inodes = new HashSet<string>();
        foreach (var file in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            if (!File.Exists(file))
            {
                continue;
            }
            foreach (var line in File.ReadLines(file).Skip(1))
            {
                var cols = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (cols.Length < 10 || cols[3] != "0A")
                {
                    continue; // 0A = LISTEN
                }
                var local = cols[1];
                var localPort = int.Parse(local[(local.LastIndexOf(':') + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (localPort == port)
                {
                    inodes.Add(cols[9]);
                }
            }
        }
        if (inodes.Count == 0)
        {
            return null;
        }
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }
            try
            {
                foreach (var fd in Directory.EnumerateFileSystemEntries($"{dir}/fd"))
                {
                    var target = new FileInfo(fd).LinkTarget;
                    if (target is not null && target.StartsWith("socket:[", StringComparison.Ordinal) && inodes.Contains(target[8..^1]))
                    {
                        return pid;
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
        return null;
    }

    /// <summary>The command line of a process (to find the host's build and its Orleans version).</summary>
    public static string[] CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (IOException)
        {
            return [];
        }
    }

    /// <summary>CPU seconds by thread name of a process (threads that exited are not counted).</summary>
    public static Dictionary<string, double> ThreadCpu(int pid)
    {
        var result = new Dictionary<string, double>();
        try
        {
            foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
            {
                try
                {
                    var name = File.ReadAllText($"{task}/comm").Trim();
                    var stat = File.ReadAllText($"{task}/stat");
                    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    var seconds = (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
                    var key = NormalizeThreadName(name);
                    result[key] = result.GetValueOrDefault(key) + seconds;
                }
                catch (IOException)
                {
                }
            }
        }
        catch (IOException)
        {
        }
        return result;
    }

    private static string NormalizeThreadName(string name) => name.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ' ', '#', '-', '_').Trim();
}
