using Reception.Contracts.Returnees;
using Reception.Contracts.Rights;

namespace Reception.Grains.Records;

/// <summary>
/// What the person's rights and the retention policy read and change in the permanent record (db scripts
/// postgres/012 and sqlite/010). One implementation for both engines in the silo.
/// </summary>
public interface IRightsRecord
{
    /// <summary>
    /// Replaces the detail and facts of the case's events not yet anonymised with their anonymised version (matched by
    /// sequence) and marks them anonymised; the record refuses any other change of an event.
    /// </summary>
    Task AnonymiseEventsAsync(string caseId, IReadOnlyList<AuditEntry> anonymised);

    /// <summary>Closed cases that left before <paramref name="exitedBefore"/> and are not anonymised, earliest exit first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<RetentionCase>> DueForRetentionAsync(DateTimeOffset exitedBefore, int limit);

    /// <summary>The access log's entries whose subject is one of <paramref name="subjects"/>, oldest first.</summary>
    Task<IReadOnlyList<AccessRecord>> AccessEntriesAsync(IReadOnlyList<string> subjects);
}
