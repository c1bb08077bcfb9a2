using System.Diagnostics.Metrics;
using Reception.Contracts.Points;
using Reception.Grains.Telemetry;

namespace Reception.Tests.Workflow;

/// <summary>A lost outbox delivery shows on the Reception meter as a redelivery.</summary>
[Collection(WorkflowCollection.Name)]
public sealed class RedeliveryMetricsTests(WorkflowCluster cluster)
{
    [Fact]
    public async Task A_failed_delivery_to_the_point_is_counted_as_an_outbox_redelivery()
    {
        long redeliveries = 0;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == ReceptionMetrics.MeterName && instrument.Name == "reception.outbox.redeliveries")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref redeliveries, value));
        listener.Start();

        var s = await new Scenario(cluster).WithPointAsync();
        FaultInjection.FailNext(nameof(IReceptionPointGrain.ApplyCase), s.PointCode);
        await s.ArriveAsync();

        await Scenario.Eventually(async () => (await s.Point.GetSummary()).Present == 1, "the outbox redelivers the arrival to the point", TimeSpan.FromMilliseconds(250));
        Assert.True(Interlocked.Read(ref redeliveries) >= 1, "the redelivery is counted");
    }
}
