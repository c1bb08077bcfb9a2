using Reception.Contracts.Shared;

namespace Reception.Contracts.Returnees;

/// <summary>
/// One person's case, keyed by case id (<see cref="CaseIds"/>); the source of truth for the person and their
/// referrals. Every command is durable before it returns; refused commands throw <see cref="ReceptionException"/>
/// and change nothing.
/// </summary>
[Alias("reception.returnee")]
public interface IReturneeGrain : IGrainWithStringKey
{
    /// <summary>Idempotent: the same command again returns the same receipt; a different one is a conflict.</summary>
    [Alias("register")]
    Task<ArrivalReceipt> Register(RegisterArrival command, Actor actor);

    /// <summary>Authorises, redacts for the actor and records the read in the audit trail.</summary>
    [Alias("view")]
    Task<ReturneeView> View(Actor actor);

    /// <summary>
    /// A page of the case's events, newest first, with sequence below <paramref name="before"/> when given; the same
    /// permission as reading the case, and never for a provider. The read itself is recorded as an event.
    /// </summary>
    [Alias("audit")]
    Task<AuditPage> GetAudit(Actor actor, long? before, int limit);

    [Alias("assess")]
    Task<ReturneeView> RecordAssessment(RecordAssessment command, Actor actor);

    [Alias("recommendations")]
    Task<IReadOnlyList<Recommendation>> GetRecommendations(Actor actor);

    /// <summary>
    /// Refers to a program. Outside the mandatory categories it needs the person's consent to share the assessment,
    /// or <paramref name="consentOverride"/>: the reason for referring without it, recorded in the case's events.
    /// </summary>
    [Alias("refer")]
    Task<ReferralView> Refer(string programId, string? note, Actor actor, string? idempotencyKey = null, string? consentOverride = null);

    /// <summary>Gives or withdraws the person's consent for one purpose; a withdrawal applies to the next read.</summary>
    [Alias("consent")]
    Task<ReturneeView> RecordConsent(ConsentPurpose purpose, bool given, string? note, Actor actor);

    [Alias("accept")]
    Task<ReferralView> AcceptReferral(string referralId, string programId, Actor actor);

    [Alias("decline")]
    Task<ReferralView> DeclineReferral(string referralId, string programId, string reason, Actor actor);

    [Alias("complete")]
    Task<ReferralView> CompleteReferral(string referralId, string programId, string outcome, Actor actor);

    [Alias("depart")]
    Task<ReturneeView> Depart(DepartCommand command, Actor actor);

    [Alias("transfer")]
    Task<ReturneeView> Transfer(TransferCommand command, Actor actor);

    /// <summary>
    /// What checking this case as someone's companion needs (point, age, stage, family group). A system check by
    /// another case's registration: it returns no name and appends no event (the registration records the companion).
    /// </summary>
    [Alias("companion-facts")]
    Task<CompanionFacts> GetCompanionFacts();

    /// <summary>The code of the point the case is at (no personal data; nothing recorded).</summary>
    [Alias("point-code")]
    Task<string> GetPointCode();

    /// <summary>Appends a step to an unaccompanied child's chain of custody; the final steps close the case.</summary>
    [Alias("custody")]
    Task<CustodyView> RecordCustody(RecordCustodyStep command, Actor actor);

    /// <summary>Records that the person's accompanying adult is separated from them; a minor becomes unaccompanied at once.</summary>
    [Alias("separation")]
    Task<ReturneeView> RecordSeparation(string reason, Actor actor);

    /// <summary>Links the case to a person of earlier returns (the point's managers); recorded with the person it leaves.</summary>
    [Alias("link-person")]
    Task<ReturneeView> LinkPerson(string personId, Actor actor);

    /// <summary>Undoes a link: the case becomes a person of its own, under a new person id.</summary>
    [Alias("unlink-person")]
    Task<ReturneeView> UnlinkPerson(Actor actor);

    /// <summary>Corrects the registration (rectification); the old and new values and the reason are recorded.</summary>
    [Alias("correct-registration")]
    Task<ReturneeView> CorrectRegistration(RegistrationCorrection correction, Actor actor);

    /// <summary>The case as one return in its person's timeline; recorded as a read of the case.</summary>
    [Alias("return-summary")]
    Task<People.ReturnSummary> Summary(Actor actor);
}
