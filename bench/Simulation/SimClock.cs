using System.Diagnostics;

namespace Reception.Bench.Simulation;

/// <summary>Simulated time: the real time since <see cref="Start"/>, <c>speed</c> times faster.</summary>
internal sealed class SimClock(double speed)
{
    private readonly Stopwatch _watch = new();

    public TimeSpan Now => _watch.Elapsed * speed;

    public void Start() => _watch.Start();

    public TimeSpan ToReal(TimeSpan simulated) => simulated / speed;

    public Task Delay(TimeSpan simulated, CancellationToken cancel) => Task.Delay(ToReal(simulated), cancel);

    public async Task Until(TimeSpan simulated, CancellationToken cancel)
    {
        var wait = ToReal(simulated - Now);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, cancel);
        }
    }
}
