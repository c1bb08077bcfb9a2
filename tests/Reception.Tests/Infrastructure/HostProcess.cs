using System.Diagnostics;
using System.Text;

namespace Reception.Tests.Infrastructure;

/// <summary>
/// A real Reception host (the API or a silo) started as its own process with its own
/// configuration, so tests exercise the same executable a user runs, restarts and kills included.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _readyMarker;

    private HostProcess(Process process, string readyMarker)
    {
        _process = process;
        _readyMarker = readyMarker;
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts an assembly with <c>dotnet</c>; the environment variables are its configuration.</summary>
    public static HostProcess Start(string assembly, IReadOnlyDictionary<string, string> environment, string _readyMarker, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var _process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var host = new HostProcess(_process, _readyMarker);
        _process.OutputDataReceived += (_, e) => host.Append(e.Data);
        _process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        _process.Exited += (_, _) => host._ready.TrySetException(
            new InvalidOperationException($"{Path.GetFileName(assembly)} exited with {_process.ExitCode} before it was ready:\n{host.Output}"));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits until the host printed its ready marker (or fails with its output).</summary>
    public async Task WaitUntilReadyAsync(TimeSpan? timeout = null)
    {
        try
        {
            await _ready.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(90));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Host not ready in time; output so far:\n{Output}");
        }
    }

    /// <summary>Waits for the process to exit by itself and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancellation.Token);
        return _process.ExitCode;
    }

    /// <summary>Stops the host the way an operator does (SIGTERM) and waits for it to finish.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString()]))
        {
            await kill.WaitForExitAsync();
        }

        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try { await _process.WaitForExitAsync(cancellation.Token); }
        catch (OperationCanceledException) { Kill(); }
    }

    /// <summary>Ends the host at once, as a crash or a power cut would.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await StopAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (line.Contains(_readyMarker, StringComparison.Ordinal))
        {
            _ready.TrySetResult();
        }
    }
}
