using Reception.Contracts.Returnees;

namespace Reception.Grains.Records;

/// <summary>
/// One write of a case: its grain state (Orleans binary) and everything derived from it, plus the events the
/// command appended. <see cref="ExpectedVersion"/> null means the case must not exist yet.
/// </summary>
public sealed record CaseWrite(
    string CaseId,
    long? ExpectedVersion,
    byte[] State,
    CaseRow Row,
    IReadOnlyList<ReferralRow> Referrals,
    IReadOnlyList<UnmetNeedRow> UnmetNeeds,
    IReadOnlyList<AuditEntry> Events,
    // The case's name keys (People.NameKeys) when its names or age changed; null leaves the stored keys as they are.
    IReadOnlyList<string>? NameKeys = null)
{
    public long NewVersion => (ExpectedVersion ?? 0) + 1;
}

/// <summary>What <see cref="IRecordStore.LoadAsync"/> returns: the state as written, its version, and the sequence of the case's last event (0 for none).</summary>
public sealed record StoredCase(long Version, byte[] State, long LastSequence);
