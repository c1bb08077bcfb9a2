using Reception.Contracts.Shared;

namespace Reception.Contracts.Records;

/// <summary>
/// The access log of reads of personal data that are not of one case (a point's queue, searches, exports): who,
/// when, what and how many people it showed. Reads of one case are events of that case instead.
/// </summary>
[Alias("reception.access-log")]
public interface IAccessLogGrain : IGrainWithIntegerKey
{
    /// <summary>Appends one entry; <paramref name="subject"/> names what was read, e.g. <c>point:TIJ</c>.</summary>
    [Alias("record")]
    Task Record(Actor actor, string action, string subject, int listed);
}
