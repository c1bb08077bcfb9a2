using System.Diagnostics.Metrics;
using Reception.Contracts.Returnees;

namespace Reception.Grains.Telemetry;

/// <summary>
/// The one meter of Reception's domain metrics ("Reception") and every instrument it has. Labels are point codes,
/// stages, problem codes, storage state names and delivery triggers: never a name, a case id or anything else about
/// a person. The exporters (OTLP, Prometheus) are chosen by the host (<c>Reception:Telemetry</c>).
/// </summary>
public static class ReceptionMetrics
{
    public const string MeterName = "Reception";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Arrivals = Meter.CreateCounter<long>(
        "reception.arrivals", "{arrival}", "Arrivals registered, by point.");

    private static readonly Counter<long> RefusedRegistrations = Meter.CreateCounter<long>(
        "reception.registrations.refused", "{registration}", "Arrival registrations refused, by problem code.");

    private static readonly Histogram<double> StageWaits = Meter.CreateHistogram<double>(
        "reception.stage.wait", "s", "Time a person spent in a stage before moving on, by point and the stage left.");

    private static readonly Counter<long> OutboxRedeliveries = Meter.CreateCounter<long>(
        "reception.outbox.redeliveries", "{delivery}", "Returnee outbox deliveries retried after a failed or interrupted one, by trigger.");

    private static readonly Counter<long> ReconciliationRepairs = Meter.CreateCounter<long>(
        "reception.reconciliation.repairs", "{repair}", "Drift of points and programs from the records repaired by reconciliation, by kind (point, program) and what differed.");

    private static readonly Histogram<int> StorageWriteRows = Meter.CreateHistogram<int>(
        "reception.storage.write.rows", "{row}", "Rows in one incremental storage write (the header and the changed entries), by state.");

    private static readonly Histogram<double> StorageWriteDuration = Meter.CreateHistogram<double>(
        "reception.storage.write.duration", "s", "Duration of one incremental storage write transaction, by state.");

    private static readonly Histogram<int> GroupCommitCallers = Meter.CreateHistogram<int>(
        "reception.storage.group_commit.size", "{change}", "Changes acknowledged by one group-committed write of a point or program.");

    private static readonly Histogram<int> RecordBatchItems = Meter.CreateHistogram<int>(
        "reception.record.batch.size", "{item}", "Calls served by one batch of the case record (one transaction or query), by operation.");

    private static readonly ObservableGauge<int> QueueLengths = Meter.CreateObservableGauge(
        "reception.queue.length", PointGauges.QueueLengths, "{person}", "People present at a point, by stage.");

    private static readonly ObservableGauge<double> OldestWaits = Meter.CreateObservableGauge(
        "reception.queue.oldest_wait", PointGauges.OldestWaits, "s", "Longest current wait in a stage at a point.");

    private static readonly ObservableGauge<int> AlertLevels = Meter.CreateObservableGauge(
        "reception.alert.level", PointGauges.AlertLevels, "{level}", "A point's alert level: 0 normal, 1 watch, 2 surge, 3 critical.");

    /// <summary>Whether anything collects the point gauges: a point computes its sample only then (a pass over the people present).</summary>
    public static bool PointGaugesObserved => QueueLengths.Enabled || OldestWaits.Enabled || AlertLevels.Enabled;

    public static void ArrivalRegistered(string pointCode) => Arrivals.Add(1, new KeyValuePair<string, object?>("point", pointCode));

    public static void RegistrationRefused(string code) => RefusedRegistrations.Add(1, new KeyValuePair<string, object?>("code", code));

    public static void StageLeft(string pointCode, Stage stage, TimeSpan waited) =>
        StageWaits.Record(Math.Max(0, waited.TotalSeconds), Point(pointCode), StageTag(stage));

    public static void OutboxRedelivered(string trigger) => OutboxRedeliveries.Add(1, new KeyValuePair<string, object?>("trigger", trigger));

    /// <summary>A drift of a point (<paramref name="kind"/> = point) or program from the record, repaired; <paramref name="what"/> names what differed.</summary>
    public static void ReconciliationRepaired(string kind, string what) => ReconciliationRepairs.Add(1,
        new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("what", what));

    public static void StorageWritten(string stateName, int rows, TimeSpan duration)
    {
        var state = new KeyValuePair<string, object?>("state", stateName);
        StorageWriteRows.Record(rows, state);
        StorageWriteDuration.Record(duration.TotalSeconds, state);
    }

    public static void GroupCommitted(int changes) => GroupCommitCallers.Record(changes);

    public static void RecordBatched(string operation, int items) =>
        RecordBatchItems.Record(items, new KeyValuePair<string, object?>("operation", operation));

    internal static KeyValuePair<string, object?> Point(string pointCode) => new("point", pointCode);

    internal static KeyValuePair<string, object?> StageTag(Stage stage) => new("stage", AcceptedValues.NameOf(stage));
}
