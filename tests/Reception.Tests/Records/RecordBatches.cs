using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Reception.Grains.Telemetry;

namespace Reception.Tests.Records;

/// <summary>Listens to the record's batch-size histogram while alive: the sizes of the batches of one operation that ran meanwhile.</summary>
public sealed class RecordBatches : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<int> _sizes = new();

    public RecordBatches(string operation)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ReceptionMetrics.MeterName && instrument.Name == "reception.record.batch.size")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<int>((_, size, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "operation" && Equals(tag.Value, operation))
                {
                    _sizes.Enqueue(size);
                }
            }
        });
        _listener.Start();
    }

    public IReadOnlyCollection<int> Sizes => [.. _sizes];

    public void Dispose() => _listener.Dispose();
}
