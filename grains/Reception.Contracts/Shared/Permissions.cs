using Reception.Contracts.People;
using Reception.Contracts.Returnees;

namespace Reception.Contracts.Shared;

/// <summary>How much of a program's queue an actor may read.</summary>
public enum QueueScope
{
    /// <summary>Nothing: the program's queue is not theirs to read.</summary>
    None,

    /// <summary>Only the entries of people at the actor's own points (a point manager following their people).</summary>
    OwnPoints,

    /// <summary>Every entry (coordinators, the program's providers).</summary>
    All,
}

/// <summary>
/// Who may do what: the one owner of every permission, row by row as the table in <c>docs/workflow.md</c>. The API,
/// the live-feed hub and the grains all ask here; a refusal is a 403 whose code names why.
/// </summary>
public static class Permissions
{
    /// <summary>Register, assess, refer, depart, transfer: the managers of the case's point.</summary>
    public static bool MayChangeCasesAt(this Actor actor, string pointCode) => actor.ManagesPoint(pointCode);

    /// <summary>Capacity and notices: the managers of the point.</summary>
    public static bool MayRunPoint(this Actor actor, string pointCode) => actor.ManagesPoint(pointCode);

    /// <summary>Accept, decline, complete a referral: the program's providers.</summary>
    public static bool MayActOnReferralsOf(this Actor actor, string programId) => actor.WorksForProgram(programId);

    /// <summary>A point's queue (with names), notices and live feed: coordinators and the point's managers.</summary>
    public static bool MayReadPoint(this Actor actor, string pointCode) =>
        actor.Role is ActorRole.Coordinator or ActorRole.System || actor.ManagesPoint(pointCode);

    /// <summary>A point's summary (counts, no names) in the list of points: administrators see every point, to define them.</summary>
    public static bool MaySeePointSummary(this Actor actor, string pointCode, IEnumerable<string> programsServingPoint) => actor.Role switch
    {
        ActorRole.Coordinator or ActorRole.System or ActorRole.Administrator => true,
        ActorRole.PointManager => actor.ManagesPoint(pointCode),
        _ => programsServingPoint.Any(actor.WorksForProgram),
    };

    /// <summary>A program's queue and live feed: all of it for coordinators and its providers, a manager's own points' entries.</summary>
    public static QueueScope ProgramQueueScope(this Actor actor, string programId) => actor.Role switch
    {
        ActorRole.Coordinator or ActorRole.System => QueueScope.All,
        ActorRole.PointManager => QueueScope.OwnPoints,
        _ => actor.WorksForProgram(programId) ? QueueScope.All : QueueScope.None,
    };

    /// <summary>Whether an entry of a program's queue from <paramref name="pointCode"/> is shown to an actor reading it with <paramref name="scope"/>.</summary>
    public static bool SeesQueueEntry(this Actor actor, QueueScope scope, string pointCode) =>
        scope == QueueScope.All || (scope == QueueScope.OwnPoints && actor.ManagesPoint(pointCode));

    /// <summary>A case: any for coordinators; the managers of its point; providers with a referral to one of their programs.</summary>
    public static bool MayReadCase(this Actor actor, string pointCode, IEnumerable<string> referredProgramIds) => actor.Role switch
    {
        ActorRole.Coordinator or ActorRole.System => true,
        ActorRole.PointManager => actor.ManagesPoint(pointCode),
        _ => referredProgramIds.Any(actor.WorksForProgram),
    };

    /// <summary>Providers read a case redacted: no assessment without consent, only their referrals, no audit trail.</summary>
    public static bool ReadsCaseRedacted(this Actor actor) => actor.Role == ActorRole.Provider;

    /// <summary>
    /// Every vulnerability flag of a case: whoever reads it unredacted, and providers when the person consented to share
    /// the assessment; without consent a provider sees only the flags its program's category needs.
    /// </summary>
    public static bool SeesAllFlags(this Actor actor, bool consentToShare) => !actor.ReadsCaseRedacted() || consentToShare;

    /// <summary>Record or withdraw a person's consent: the managers of the case's point, as for the case's other changes.</summary>
    public static bool MayRecordConsentAt(this Actor actor, string pointCode) => actor.MayChangeCasesAt(pointCode);

    /// <summary>
    /// A referral lets its program's providers read the case while it is active and for <paramref name="afterClose"/>
    /// (<see cref="PrivacyOptions.ProviderAccessAfterClose"/>) after it closed: completed, declined or cancelled, at its last status change.
    /// </summary>
    public static bool GivesProviderAccess(this ReferralView referral, DateTimeOffset now, TimeSpan afterClose) =>
        ProviderAccessLasts(referral.Status is ReferralStatus.Pending or ReferralStatus.Accepted ? null : referral.StatusChangedAt, now, afterClose);

    /// <summary>The same rule for a referral read from the record: open (<paramref name="closedAt"/> null) or closed after <see cref="ProviderAccessClosedSince"/>.</summary>
    public static bool ProviderAccessLasts(DateTimeOffset? closedAt, DateTimeOffset now, TimeSpan afterClose) =>
        closedAt is not { } closed || closed > ProviderAccessClosedSince(now, afterClose);

    /// <summary>A referral closed at or before this moment no longer gives its program's providers access (for queries over the record).</summary>
    public static DateTimeOffset ProviderAccessClosedSince(DateTimeOffset now, TimeSpan afterClose) => now - afterClose;

    /// <summary>Which of a case's referrals an actor sees: all, or for a provider (redacted) only their programs'.</summary>
    public static bool SeesReferralTo(this Actor actor, string programId) => !actor.ReadsCaseRedacted() || actor.WorksForProgram(programId);

    /// <summary>A case's audit trail: whoever may read the case, except providers (they read it redacted, without the trail).</summary>
    public static bool MayReadAudit(this Actor actor, string pointCode, IEnumerable<string> referredProgramIds) =>
        !actor.ReadsCaseRedacted() && actor.MayReadCase(pointCode, referredProgramIds);

    /// <summary>Recommendations: whoever may read the case unredacted.</summary>
    public static bool MayReadRecommendations(this Actor actor, string pointCode) =>
        !actor.ReadsCaseRedacted() && actor.MayReadCase(pointCode, []);

    /// <summary>
    /// A step of an unaccompanied child's chain of custody: the point's managers record the reception and the handover
    /// to child protection; the providers of the case's child-protection program the rest; a correction either.
    /// </summary>
    public static bool MayRecordCustodyStep(this Actor actor, CustodyStepKind step, string pointCode, string? childProtectionProgramId) => step switch
    {
        _ when step.IsPointStep() => actor.ManagesPoint(pointCode),
        CustodyStepKind.Correction => actor.ManagesPoint(pointCode) || (childProtectionProgramId is not null && actor.WorksForProgram(childProtectionProgramId)),
        _ => childProtectionProgramId is not null && actor.WorksForProgram(childProtectionProgramId),
    };

    /// <summary>A child's custody chain: whoever reads the case unredacted, and the providers of its child-protection program.</summary>
    public static bool SeesCustody(this Actor actor, string? childProtectionProgramId) =>
        !actor.ReadsCaseRedacted() || (childProtectionProgramId is not null && actor.WorksForProgram(childProtectionProgramId));

    /// <summary>
    /// Searching cases: coordinators all; managers their points' cases; providers the cases referred to their programs,
    /// while the referral gives them access (<see cref="GivesProviderAccess"/>).
    /// </summary>
    public static SearchScope CaseSearchScope(this Actor actor, DateTimeOffset now, TimeSpan providerAccessAfterClose) => actor.Role switch
    {
        ActorRole.Coordinator or ActorRole.System => SearchScope.Everything,
        ActorRole.PointManager => new SearchScope(actor.PointCodes, null),
        ActorRole.Provider => new SearchScope(null, actor.ProgramIds, ProviderAccessClosedSince(now, providerAccessAfterClose)),
        _ => new SearchScope([], []),
    };

    /// <summary>
    /// A person's timeline (every return, at any point): whoever may read one of the person's cases. A manager then
    /// sees the returns through other crossings too: they are what the desk needs to serve the person again.
    /// </summary>
    public static bool MayReadPerson(this Actor actor, IEnumerable<(string PointCode, IEnumerable<string> ProgramIds)> cases) =>
        cases.Any(c => actor.MayReadCase(c.PointCode, c.ProgramIds));

    /// <summary>One return in a timeline the actor may read: all of a person's returns, except that a provider sees only those referred to them.</summary>
    public static bool MayReadReturn(this Actor actor, IEnumerable<string> referredProgramIds) =>
        !actor.ReadsCaseRedacted() || referredProgramIds.Any(actor.WorksForProgram);

    /// <summary>The national picture and its feed: coordinators.</summary>
    public static bool MayReadNational(this Actor actor) => actor.Role is ActorRole.Coordinator or ActorRole.System;

    /// <summary>The Orleans dashboard (the cluster's grains, their calls and state): administrators and coordinators.</summary>
    public static bool MayOperateCluster(this Actor actor) => actor.Role is ActorRole.Administrator or ActorRole.Coordinator or ActorRole.System;

    /// <summary>Define points and programs (the catalog) and the built-in issuer's accounts: administrators.</summary>
    public static bool MayAdminister(this Actor actor) => actor.Role is ActorRole.Administrator or ActorRole.System;

    /// <summary>
    /// Statistics of the people received (bulletin, flows, profile, unmet needs, waits): coordinators anywhere,
    /// managers at their points (<paramref name="pointCode"/> null: all of theirs).
    /// </summary>
    public static bool MayReadPeopleStatistics(this Actor actor, string? pointCode) =>
        actor.Role is ActorRole.Coordinator or ActorRole.System
        || (actor.Role == ActorRole.PointManager && (pointCode is null || actor.ManagesPoint(pointCode)));

    /// <summary>Referral statistics (needs, care): whoever reads people's statistics, and providers for their programs.</summary>
    public static bool MayReadReferralStatistics(this Actor actor, string? pointCode) =>
        actor.MayReadPeopleStatistics(pointCode) || actor.Role == ActorRole.Provider;

    /// <summary>Statistics exports show counts of 1 and 2 as suppressed, except coordinators' (small cells identify people).</summary>
    public static bool ExportsSuppressSmallCounts(this Actor actor) => actor.Role is not (ActorRole.Coordinator or ActorRole.System);

    /// <summary>A person's every case exported for an access request: coordinators, the institution's responsible officers.</summary>
    public static bool MayExportPerson(this Actor actor) => actor.Role is ActorRole.Coordinator or ActorRole.System;

    /// <summary>A person's cases anonymised on their request (cancellation, opposition): coordinators.</summary>
    public static bool MayAnonymisePerson(this Actor actor) => actor.Role is ActorRole.Coordinator or ActorRole.System;

    /// <summary>The retention policy's report and an immediate run: coordinators (the scheduled run is the system's).</summary>
    public static bool MayRunRetention(this Actor actor) => actor.Role is ActorRole.Coordinator or ActorRole.System;

    /// <summary>A case's constancia de recepción (it prints the name): whoever reads the case unredacted.</summary>
    public static bool MayPrintConstancia(this Actor actor, string pointCode) =>
        !actor.ReadsCaseRedacted() && actor.MayReadCase(pointCode, []);

    public static void RequirePeopleStatistics(this Actor actor, string? pointCode) =>
        Require(actor.MayReadPeopleStatistics(pointCode), actor, "readStatistics", pointCode: pointCode);

    public static void RequireReferralStatistics(this Actor actor, string? pointCode) =>
        Require(actor.MayReadReferralStatistics(pointCode), actor, "readStatistics", pointCode: pointCode);

    public static void RequireChangeCasesAt(this Actor actor, string pointCode) =>
        Require(actor.MayChangeCasesAt(pointCode), actor, "changeCases", pointCode: pointCode);

    public static void RequireRunPoint(this Actor actor, string pointCode) =>
        Require(actor.MayRunPoint(pointCode), actor, "runPoint", pointCode: pointCode);

    public static void RequireActOnReferralsOf(this Actor actor, string programId) =>
        Require(actor.MayActOnReferralsOf(programId), actor, "actOnReferrals", programId: programId);

    public static void RequireReadPoint(this Actor actor, string pointCode) =>
        Require(actor.MayReadPoint(pointCode), actor, "readPoint", pointCode: pointCode);

    public static QueueScope RequireProgramQueue(this Actor actor, string programId)
    {
        var scope = actor.ProgramQueueScope(programId);
        Require(scope != QueueScope.None, actor, "readProgram", programId: programId);
        return scope;
    }

    public static void RequireReadCase(this Actor actor, string caseId, string pointCode, IEnumerable<string> referredProgramIds)
    {
        if (!actor.MayReadCase(pointCode, referredProgramIds))
        {
            throw ReceptionException.Forbidden(ProblemCodes.CaseNotVisible, ("caseId", caseId));
        }
    }

    /// <summary>
    /// Reading a case whose referrals are <paramref name="referrals"/>: a provider whose program's referrals all closed
    /// more than <paramref name="afterClose"/> ago is told that their access ended, and when.
    /// </summary>
    public static void RequireReadCase(this Actor actor, string caseId, string pointCode, IReadOnlyCollection<ReferralView> referrals, DateTimeOffset now, TimeSpan afterClose)
    {
        var withAccess = referrals.Where(r => r.GivesProviderAccess(now, afterClose)).Select(r => r.ProgramId).ToList();
        var theirs = referrals.Where(r => actor.ReadsCaseRedacted() && actor.WorksForProgram(r.ProgramId)).ToList();
        if (theirs.Count > 0 && !actor.MayReadCase(pointCode, withAccess))
        {
            var closedAt = theirs.Max(r => r.StatusChangedAt);
            throw ReceptionException.Forbidden(ProblemCodes.ProviderAccessEnded,
                ("caseId", caseId), ("closedAt", closedAt), ("endedAt", closedAt + afterClose), ("days", (int)afterClose.TotalDays));
        }
        actor.RequireReadCase(caseId, pointCode, withAccess);
    }

    public static void RequireRecordConsentAt(this Actor actor, string pointCode) =>
        Require(actor.MayRecordConsentAt(pointCode), actor, "recordConsent", pointCode: pointCode);

    // A provider is told that the trail is never theirs, whichever case they ask for; anyone else who may not read
    // the case is refused as for the case itself.
    public static void RequireReadAudit(this Actor actor, string caseId, string pointCode, IEnumerable<string> referredProgramIds)
    {
        if (actor.ReadsCaseRedacted())
        {
            throw ReceptionException.Forbidden(ProblemCodes.AuditNotForProviders, ("caseId", caseId));
        }
        actor.RequireReadCase(caseId, pointCode, referredProgramIds);
    }

    public static void RequireRecommendations(this Actor actor, string caseId, string pointCode)
    {
        if (!actor.MayReadRecommendations(pointCode))
        {
            throw ReceptionException.Forbidden(ProblemCodes.CaseNotVisible, ("caseId", caseId));
        }
    }

    public static void RequireRecordCustodyStep(this Actor actor, CustodyStepKind step, string pointCode, string? childProtectionProgramId) =>
        Require(actor.MayRecordCustodyStep(step, pointCode, childProtectionProgramId), actor, "recordCustody",
            pointCode: step.IsPointStep() ? pointCode : null, programId: step.IsPointStep() ? null : childProtectionProgramId);

    public static void RequireReadPerson(this Actor actor, string personId, IEnumerable<(string PointCode, IEnumerable<string> ProgramIds)> cases)
    {
        if (!actor.MayReadPerson(cases))
        {
            throw ReceptionException.Forbidden(ProblemCodes.PersonNotVisible, ("personId", personId));
        }
    }

    public static void RequireExportPerson(this Actor actor) => Require(actor.MayExportPerson(), actor, "exportPerson");

    public static void RequireAnonymisePerson(this Actor actor) => Require(actor.MayAnonymisePerson(), actor, "anonymisePerson");

    public static void RequireRunRetention(this Actor actor) => Require(actor.MayRunRetention(), actor, "runRetention");

    public static void RequirePrintConstancia(this Actor actor, string caseId, string pointCode)
    {
        if (!actor.MayPrintConstancia(pointCode))
        {
            throw ReceptionException.Forbidden(ProblemCodes.CaseNotVisible, ("caseId", caseId));
        }
    }

    public static void RequireNational(this Actor actor) => Require(actor.MayReadNational(), actor, "readNational");

    public static void RequireOperateCluster(this Actor actor) => Require(actor.MayOperateCluster(), actor, "operateCluster");

    public static void RequireAdminister(this Actor actor) => Require(actor.MayAdminister(), actor, "administer");

    // A manager refused at another point, or a provider at another program, is told which are theirs; anyone else
    // is told that their role does not allow it.
    private static void Require(bool allowed, Actor actor, string action, string? pointCode = null, string? programId = null)
    {
        if (allowed)
        {
            return;
        }
        if (pointCode is not null && actor.Role == ActorRole.PointManager)
        {
            throw ReceptionException.Forbidden(ProblemCodes.NotManagerOfPoint, ("point", pointCode), ("yours", string.Join(", ", actor.PointCodes)));
        }
        if (programId is not null && actor.Role == ActorRole.Provider)
        {
            throw ReceptionException.Forbidden(ProblemCodes.NotProviderOfProgram, ("program", programId), ("yours", string.Join(", ", actor.ProgramIds)));
        }
        throw ReceptionException.Forbidden(ProblemCodes.RoleMayNot, ("role", actor.Role), ("action", action), ("point", pointCode), ("program", programId));
    }
}
