using Reception.Contracts.Returnees;
using Reception.Grains.Records;

namespace Reception.Silo.Records;

/// <summary>
/// One write a caller queued for the record's next transaction: a case's save, events appended to a case, or an
/// access entry. The result of a save is its new version; the others give 0.
/// </summary>
public abstract record RecordWrite
{
    /// <summary>The case the write is of (null for an access entry): a batch holds at most one write per case.</summary>
    public abstract string? CaseId { get; }

    public sealed record Save(CaseWrite Write) : RecordWrite
    {
        public override string? CaseId => Write.CaseId;
    }

    public sealed record Append(string Case, IReadOnlyList<AuditEntry> Events) : RecordWrite
    {
        public override string? CaseId => Case;
    }

    public sealed record Access(AccessEntry Entry) : RecordWrite
    {
        public override string? CaseId => null;
    }

    /// <summary>
    /// Splits a batch into rounds, in order, where each case appears at most once: a later write of a case (a stale
    /// activation's, or an append behind a save) must see the earlier one's effect, which one statement cannot.
    /// </summary>
    public static List<List<int>> Rounds(IReadOnlyList<RecordWrite> writes)
    {
        var rounds = new List<List<int>>();
        var roundOfCase = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < writes.Count; i++)
        {
            var round = 0;
            if (writes[i].CaseId is { } caseId)
            {
                round = roundOfCase.TryGetValue(caseId, out var last) ? last + 1 : 0;
                roundOfCase[caseId] = round;
            }

            if (round == rounds.Count)
            {
                rounds.Add([]);
            }

            rounds[round].Add(i);
        }

        return rounds;
    }
}
