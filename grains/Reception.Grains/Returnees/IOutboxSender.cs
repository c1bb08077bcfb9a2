namespace Reception.Grains.Returnees;

/// <summary>
/// A receiver's way to wake a case whose outbox may be stranded: the outbox is stored with the record, but a case
/// whose silo died between its write and its delivery is not activated again until someone calls it.
/// </summary>
[Alias("reception.outbox-sender")]
public interface IOutboxSender : IGrainWithStringKey
{
    /// <summary>Delivers the case's outbox if it holds one; false when everything it wrote was acknowledged.</summary>
    [Alias("redeliver")]
    Task<bool> RedeliverOutbox();
}
