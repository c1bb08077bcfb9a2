namespace Reception.Grains.Points;

/// <summary>Runs a point's check against the record at once (for operators' tools and tests; the point also checks by itself).</summary>
[Alias("reception.point-reconciliation")]
public interface IPointReconciliation : IGrainWithStringKey
{
    /// <summary>
    /// One check: differences seen for the first time are only noted (and their cases asked to redeliver); those seen
    /// before, whose cases have nothing left to deliver, are repaired without waiting for the grace. Returns the repairs.
    /// </summary>
    [Alias("reconcile-now")]
    Task<int> ReconcileNow();
}
