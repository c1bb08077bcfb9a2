namespace Reception.Grains.Records;

/// <summary>A case as reconciliation reads it from the record: its id and the returnee grain's state (Orleans binary format).</summary>
public sealed record RecordedCase(string CaseId, byte[] State);
