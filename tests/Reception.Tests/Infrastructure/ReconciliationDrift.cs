using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Reception.Grains.Telemetry;

namespace Reception.Tests.Infrastructure;

/// <summary>
/// Drift of points and programs from the record must be zero in the test suite: a repair by reconciliation means a
/// bug. <see cref="AssertNone"/> checks the hosts' logs; an instance records the repairs counted in this process.
/// </summary>
public sealed class ReconciliationDrift : IDisposable
{
    /// <summary>What a repair logs (ReceptionPointGrain.Reconciliation.cs); the same words start every repair message.</summary>
    public const string RepairLogged = "Reconciliation repaired";

    private readonly MeterListener _listener = new();

    public ReconciliationDrift()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ReceptionMetrics.MeterName && instrument.Name == "reception.reconciliation.repairs")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            string? kind = null, what = null;
            foreach (var tag in tags)
            {
                kind = tag.Key == "kind" ? tag.Value as string : kind;
                what = tag.Key == "what" ? tag.Value as string : what;
            }
            for (var i = 0; i < value; i++)
            {
                Repairs.Enqueue((kind ?? "", what ?? ""));
            }
        });
        _listener.Start();
    }

    /// <summary>Every repair counted since this instance was made, as (kind, what).</summary>
    public ConcurrentQueue<(string Kind, string What)> Repairs { get; } = new();

    /// <summary>Fails when a host logged a repair.</summary>
    public static void AssertNone(params HostProcess[] hosts)
    {
        foreach (var host in hosts)
        {
            var repairs = host.Output.Split('\n').Where(line => line.Contains(RepairLogged, StringComparison.Ordinal)).ToList();
            Assert.True(repairs.Count == 0, $"reconciliation repaired drift:\n{string.Join('\n', repairs)}");
        }
    }

    public void Dispose() => _listener.Dispose();
}
