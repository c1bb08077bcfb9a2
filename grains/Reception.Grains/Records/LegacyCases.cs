using Orleans.Serialization;
using Orleans.Storage;
using Reception.Contracts.Returnees;
using Reception.Grains.Returnees;
using Reception.Grains.Shared;

namespace Reception.Grains.Records;

/// <summary>
/// Turns a case written by the release before the permanent record (one row of Orleans' ADO.NET grain storage,
/// state name <see cref="StateName"/>) into the first write of that case in the record: its audit trail becomes
/// events 1..n, and the fields the record needs that the old release never stored are derived from what it did.
/// </summary>
public static class LegacyCases
{
    /// <summary>The <c>GrainTypeString</c> of legacy case rows in <c>OrleansStorage</c> (the old persistent state's name).</summary>
    public const string StateName = "returnee";

    private const string ReferralAccepted = "referral accepted";

    /// <summary>
    /// Reads <paramref name="payload"/> with <paramref name="legacy"/> (the serializer the old provider used) and
    /// returns the write that creates the case in the record, or null when the row holds no registered case.
    /// <paramref name="pointZones"/> are the catalog's time zones by point code.
    /// </summary>
    public static CaseWrite? Convert(
        string caseId, BinaryData payload, IGrainStorageSerializer legacy, Serializer serializer, IReadOnlyDictionary<string, string> pointZones)
    {
        var s = legacy.Deserialize<ReturneeState>(payload);
        if (s?.Arrival is null)
        {
            return null;
        }

        var zone = s.TimeZoneId ?? LegacyCatalog.ZoneOf(s.Arrival.PointCode, pointZones);
        s.TimeZoneId = zone;
        s.ArrivalLocalDate ??= LocalTime.Date(zone, s.ArrivedAt);

        var events = s.Audit.Select((entry, index) => entry with { Sequence = index + 1 }).ToList();
        s.Referrals = s.Referrals.Select(r => r.AcceptedAt is null ? r with { AcceptedAt = AcceptedAt(r.ReferralId, events) } : r).ToList();
        s.Audit = [];

        var updatedAt = events.Count > 0 ? events.Max(e => e.At) : s.EnteredStageAt;
        return new CaseWrite(
            caseId,
            ExpectedVersion: null,
            serializer.SerializeToArray(s),
            CaseRecord.Row(caseId, s, updatedAt),
            CaseRecord.Referrals(caseId, s, s.Referrals.Select(r => r.ReferralId)),
            UnmetNeeds(caseId, s, events),
            events,
            CaseRecord.NameKeys(s));
    }

    // The grain keeps the last acceptance (ReturneeGrain sets AcceptedAt on every move to Accepted).
    private static DateTimeOffset? AcceptedAt(string referralId, IReadOnlyList<AuditEntry> events) =>
        events.LastOrDefault(e => e.Action == ReferralAccepted && Names(e, "referral", referralId))?.At;

    private static bool Names(AuditEntry entry, string fact, string value) =>
        entry.Facts is { } facts && facts.TryGetValue(fact, out var named) ? named == value : entry.Detail == value;

    /// <summary>
    /// Each need is dated by the first assessment that listed it; a need no assessment listed came from an automatic
    /// referral at registration, so it is dated by the arrival. The old trail does not say which listed needs were
    /// unmet at that assessment, so a need met then and unmet later is dated by the earlier assessment.
    /// </summary>
    private static List<UnmetNeedRow> UnmetNeeds(string caseId, ReturneeState s, IReadOnlyList<AuditEntry> events) =>
        s.UnmetNeeds.Select(need =>
        {
            var code = AcceptedValues.NameOf(need);
            var first = events.FirstOrDefault(e => e.Action is "assessed" or "reassessed"
                && e.Facts is { } facts && facts.TryGetValue("needs", out var needs)
                && needs.Split(',').Contains(code, StringComparer.Ordinal));
            var day = first is null ? s.ArrivalLocalDate!.Value : LocalTime.Date(s.TimeZoneId!, first.At);
            return new UnmetNeedRow(caseId, code, s.Arrival!.PointCode, day);
        }).ToList();
}
