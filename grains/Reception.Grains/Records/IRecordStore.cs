using Reception.Contracts.Returnees;

namespace Reception.Grains.Records;

/// <summary>
/// The permanent record of cases (db scripts postgres/006 and sqlite/005): each case's grain state with its
/// searchable row, its referrals, its unmet needs and its append-only events, and the access log. The silo
/// provides one per engine; concurrent calls from many grains share transactions and round trips.
/// </summary>
public interface IRecordStore
{
    /// <summary>The case's stored state and the sequence of its last event, or null when the case was never written.</summary>
    Task<StoredCase?> LoadAsync(string caseId);

    /// <summary>
    /// Writes the state, the row, the referrals, the needs and the new events in one transaction and returns the new
    /// version. Throws <see cref="Orleans.Storage.InconsistentStateException"/> when the stored version is not
    /// <see cref="CaseWrite.ExpectedVersion"/> (another activation wrote first, or the case exists when null was
    /// expected); then nothing is written.
    /// </summary>
    Task<long> SaveAsync(CaseWrite write);

    /// <summary>
    /// Appends events that change nothing else (reads of personal data). Throws
    /// <see cref="Orleans.Storage.InconsistentStateException"/> when one of their sequences is already taken; then
    /// none is appended.
    /// </summary>
    Task AppendAsync(string caseId, IReadOnlyList<AuditEntry> events);

    /// <summary>The case's events, newest first, with sequence below <paramref name="beforeSequence"/> when given.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadEventsAsync(string caseId, long? beforeSequence, int limit);

    /// <summary>Appends a read of personal data that is not of one case (a point's queue, a search, an export).</summary>
    Task AppendAccessAsync(AccessEntry entry);
}
