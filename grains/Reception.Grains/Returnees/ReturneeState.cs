using Reception.Contracts.Points;
using Reception.Contracts.Programs;
using Reception.Contracts.Returnees;
using Reception.Contracts.Rights;

namespace Reception.Grains.Returnees;

/// <summary>
/// One person's record, as the returnee grain holds it (its events live in the event table, not here). <see cref="PendingPointUpdate"/> and <see cref="PendingReferralUpdates"/> are the outbox:
/// the latest state-based summary per receiver, written together with the change they describe.
/// </summary>
[GenerateSerializer, Alias("reception.returnee-state")]
internal sealed class ReturneeState
{
    [Id(0)] public RegisterArrival? Arrival { get; set; }
    [Id(1)] public string CertificateNumber { get; set; } = "";
    [Id(2)] public DateTimeOffset ArrivedAt { get; set; }
    [Id(3)] public int? AgeAtArrival { get; set; }
    [Id(4)] public Stage Stage { get; set; }
    [Id(5)] public DateTimeOffset EnteredStageAt { get; set; }
    [Id(6)] public List<Vulnerability> Flags { get; set; } = [];
    [Id(7)] public Priority Priority { get; set; }
    [Id(8)] public int PriorityScore { get; set; }
    [Id(9)] public Assessment? Assessment { get; set; }
    [Id(10)] public List<ReferralView> Referrals { get; set; } = [];
    [Id(11)] public Dictionary<string, string> ReferralKeys { get; set; } = new(StringComparer.Ordinal);
    [Id(12)] public List<ProgramCategory> UnmetNeeds { get; set; } = [];
    [Id(13)] public DateTimeOffset? FirstServiceAt { get; set; }
    [Id(14)] public Exit? Exit { get; set; }
    // Written by releases before the permanent record; a case loaded with entries here moves them to the event table on its next write.
    [Id(15)] public List<AuditEntry> Audit { get; set; } = [];
    [Id(16)] public long Version { get; set; }
    [Id(17)] public CaseUpdate? PendingPointUpdate { get; set; }
    [Id(18)] public Dictionary<string, ReferralUpdate> PendingReferralUpdates { get; set; } = new(StringComparer.Ordinal);
    [Id(19)] public DateTimeOffset? FirstAssessedAt { get; set; }
    // The point's time zone and local arrival date, fixed at registration, for the record's local dates.
    [Id(20)] public string? TimeZoneId { get; set; }
    [Id(21)] public DateOnly? ArrivalLocalDate { get; set; }

    // Inherited from the companion when the arrival left it out (the arrival itself stays as sent, for idempotency).
    [Id(22)] public string? FamilyGroupId { get; set; }
    // The chain of custody of an unaccompanied child, append-only, and where it stands (corrections aside).
    [Id(23)] public List<CustodyStep> Custody { get; set; } = [];
    [Id(24)] public CustodyStatus CustodyStatus { get; set; }
    // The child-protection program the child was referred to, and its reunification target when referred.
    [Id(25)] public string? CustodyProgramId { get; set; }
    [Id(26)] public int CustodyTargetHours { get; set; } = Limits.DefaultReunificationTargetHours;
    [Id(27)] public Separation? Separation { get; set; }

    // The person across returns; null on cases written before people were linked (then "P" + case id, PersonIds).
    [Id(28)] public string? PersonId { get; set; }
    // The arrival as first registered, kept once a correction changes Arrival: a replayed registration compares with it.
    [Id(29)] public RegisterArrival? RegisteredAs { get; set; }
    // A minor or vulnerable person's earlier return within the recent-return window.
    [Id(30)] public RecentReturn? RecentReturn { get; set; }
    // Set once the case no longer identifies the person (on their request or by the retention policy).
    [Id(31)] public Anonymisation? Anonymised { get; set; }
    // The random verification code of the constancia de recepción, issued on its first print.
    [Id(32)] public string? ConstanciaCode { get; set; }

    // Consent per purpose, the latest decision each (the history is in the events); none on cases from before it.
    [Id(33)] public Dictionary<ConsentPurpose, ConsentView> Consents { get; set; } = [];
    // The situations whose automatic referral waits for consent to share (not mandatory, no consent yet).
    [Id(34)] public List<Vulnerability> ReferralsAwaitingConsent { get; set; } = [];

    public bool Registered => Arrival is not null;

    /// <summary>With an adult companion still with them: an accompanying case not recorded as separated.</summary>
    public bool Accompanied => Arrival?.AccompanyingCaseId is not null && Separation is null;

    /// <summary>An unaccompanied minor's case carries a chain of custody.</summary>
    public bool NeedsCustody => Flags.Contains(Vulnerability.UnaccompaniedMinor);

    /// <summary>Consent to share the assessment: as recorded per purpose, else as the assessment said (cases from before).</summary>
    public bool SharesAssessment =>
        Consents.TryGetValue(ConsentPurpose.ShareAssessment, out var consent) ? consent.Given : Assessment?.ConsentToShare ?? false;

    public bool IsClosed => Stage is Stage.Departed or Stage.Transferred;

    public bool HasOutbox => PendingPointUpdate is not null || PendingReferralUpdates.Count > 0;
}
