namespace Reception.Grains.Reconciliation;

/// <summary>
/// Runs a point's or program's check against the record at once (for operators' tools and tests; they also check by
/// themselves). Both implement it: reach it through their reference, <c>point.Cast&lt;IReconciliation&gt;()</c>.
/// </summary>
[Alias("reception.reconciliation")]
public interface IReconciliation : IGrainWithStringKey
{
    /// <summary>
    /// One check: differences seen for the first time are only noted (and their cases asked to redeliver); those seen
    /// before, whose cases have nothing left to deliver, are repaired without waiting for the grace. Returns the repairs.
    /// </summary>
    [Alias("reconcile-now")]
    Task<int> ReconcileNow();
}
