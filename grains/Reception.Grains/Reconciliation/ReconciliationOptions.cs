namespace Reception.Grains.Reconciliation;

/// <summary>How often points and programs check their live state against the record; bound from <see cref="Section"/>.</summary>
public sealed class ReconciliationOptions
{
    public const string Section = "Reception:Reconciliation";

    /// <summary>Off only to see what the system does without the checks (tests of the outbox alone); on in production.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Between two checks of a point with people present or a program with active referrals.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>
    /// How long a difference must last, seen by two checks at least, before it is drift. The record is written before
    /// the outbox is delivered, so a younger difference may be an update in flight, or one its case is still retrying.
    /// </summary>
    public TimeSpan Grace { get; set; } = TimeSpan.FromMinutes(2);
}
