using Microsoft.Extensions.Logging;
using Orleans.Serialization;
using Reception.Contracts.Programs;
using Reception.Contracts.Returnees;
using Reception.Grains.Catalog;
using Reception.Grains.Records;
using Reception.Grains.Shared;
using Reception.Grains.Telemetry;

namespace Reception.Grains.Returnees;

/// <summary>
/// The source of truth for one person. Each command validates fully, then applies, then makes ONE durable write
/// (state, record row and events, see ReturneeGrain.Record.cs) that also holds the outbox (versioned summaries for
/// the point and the programs), then delivers the outbox. Idle cases are collected sooner than Orleans' default: a
/// surge touches each case a few times within minutes, and a million idle activations would hold gigabytes.
/// </summary>
[GrainType("reception.returnee")]
[CollectionAgeLimit(Minutes = 3)]
internal sealed partial class ReturneeGrain(
    IRecordStore records,
    IPeopleRecord people,
    Serializer serializer,
    ICatalogCache catalog,
    TimeProvider time,
    ILogger<ReturneeGrain> logger) : Grain, IReturneeGrain, IRemindable, IOutboxSender
{
    private string CaseId => this.GetPrimaryKeyString();

    private string PointCode => S.Arrival!.PointCode;

    public Task<ArrivalReceipt> Register(RegisterArrival command, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(command);
        return WithoutReadingFirstAsync(() => RegisterAsync(command, actor));
    }

    private async Task<ArrivalReceipt> RegisterAsync(RegisterArrival command, Actor actor)
    {
        var arrival = ArrivalRules.Normalize(command);
        if (S.Registered)
        {
            actor.RequireChangeCasesAt(PointCode);
            if (ArrivalRules.SameIntent(S.RegisteredAs ?? S.Arrival!, arrival))
            {
                return Receipt();
            }
            throw ReceptionException.Conflict(ProblemCodes.CaseRegisteredDifferently, ("caseId", CaseId));
        }
        var point = await catalog.FindPointAsync(arrival.PointCode)
            ?? throw ReceptionException.NotFound(ProblemCodes.PointNotFound, ("point", arrival.PointCode));
        arrival = arrival with { PointCode = point.Code };
        actor.RequireChangeCasesAt(point.Code);
        if (point.Inactive)
        {
            throw ReceptionException.Conflict(ProblemCodes.PointInactive, ("point", point.Code));
        }
        var now = time.GetUtcNow();
        var today = LocalTime.Date(point.TimeZoneId, now);
        ArrivalRules.Validate(arrival, CaseId, today);
        var familyGroup = arrival.FamilyGroupId;
        if (arrival.AccompanyingCaseId is { } companionId)
        {
            var facts = await GrainFactory.GetGrain<IReturneeGrain>(companionId).GetCompanionFacts();
            CustodyRules.CheckCompanion(companionId, facts, point.Code);
            familyGroup ??= facts.FamilyGroupId;
        }
        var age = Triage.AgeOn(arrival.DateOfBirth, arrival.EstimatedAge, today);
        var flags = Triage.Flags(arrival.Vulnerabilities, age, arrival.AccompanyingCaseId is not null, null, arrival.Relationship);
        var rules = AutomaticReferrals.For(flags);
        var programs = rules.Count > 0 ? (await catalog.GetAsync()).OfferedPrograms : [];
        var person = await PersonAtRegistrationAsync(arrival);

        S.Arrival = arrival;
        S.ArrivedAt = now;
        S.AgeAtArrival = age;
        S.CertificateNumber = $"{point.Code}-{today:yyyyMMdd}-{CaseId}";
        S.TimeZoneId = point.TimeZoneId;
        S.ArrivalLocalDate = today;
        S.Flags = flags;
        (S.Priority, S.PriorityScore) = Triage.Evaluate(flags);
        S.Stage = Stage.Arrived;
        S.EnteredStageAt = now;
        S.FamilyGroupId = familyGroup;
        S.PersonId = person.Id;
        S.RecentReturn = await RecentReturnAsync(person.Cases, now, age);
        _identityChanged = true;
        AddAudit(actor, now, "registered",
            $"Arrival at {point.Code}; certificate {S.CertificateNumber}; priority {S.Priority}; privacy notice {(arrival.PrivacyNoticeGiven == true ? "given" : "not given")}",
            ("point", point.Code), ("certificate", S.CertificateNumber), ("priority", Code(S.Priority)),
            ("companion", arrival.AccompanyingCaseId), ("relationship", arrival.Relationship is { } r ? Code(r) : null),
            ("familyGroup", familyGroup), ("person", person.Id), ("linkedBy", person.LinkedBy),
            ("unidentified", arrival.Unidentified ? "true" : null), ("recentReturn", S.RecentReturn?.CaseId),
            ("privacyNotice", arrival.PrivacyNoticeGiven == true ? "given" : "notGiven"));
        foreach (var rejected in arrival.RejectedPersonIds ?? [])
        {
            AddAudit(actor, now, "linkRejected", rejected, ("person", rejected));
        }
        await CommitAsync(ReferAutomatically(rules, programs, now));
        ReceptionMetrics.ArrivalRegistered(point.Code);
        return Receipt();
    }

    /// <summary>Refers by <c>system</c> to the first program of each rule's category serving the point; an unmet need when there is none.</summary>
    private List<string> ReferAutomatically(IReadOnlyList<AutomaticReferrals.Rule> rules, IReadOnlyList<ProgramProfile> programs, DateTimeOffset now)
    {
        var touched = new List<string>();
        foreach (var rule in rules)
        {
            var program = programs
                .Where(p => p.Category == rule.Category && p.ServesPoint(PointCode))
                .OrderBy(p => p.Id, StringComparer.Ordinal)
                .FirstOrDefault();
            if (program is null)
            {
                if (!S.UnmetNeeds.Contains(rule.Category))
                {
                    S.UnmetNeeds = [.. S.UnmetNeeds, rule.Category];
                }
                continue;
            }
            if (!MayReferAutomatically(program.Category, rule, program.Id, now))
            {
                continue;
            }
            var basis = AutomaticReferrals.IsMandatory(program.Category, S.Flags) ? ReferralBasis.Mandatory : ReferralBasis.Consent;
            var referral = AddReferral(program.Id, rule.Reason, "system", now, basis, automaticFor: rule.Cause);
            NoteChildProtection(program);
            AddAudit(Actor.System(), now, "referred", $"{referral.ReferralId} to {program.Id} ({rule.Reason}; {BasisDetail(basis, null)})",
                ("referral", referral.ReferralId), ("program", program.Id), ("automaticFor", Code(rule.Cause)), ("basis", Code(basis)));
            touched.Add(referral.ReferralId);
        }
        return touched;
    }

    public async Task<ReturneeView> View(Actor actor)
    {
        await EnsureLoadedAsync();
        EnsureRegistered();
        var now = time.GetUtcNow();
        actor.RequireReadCase(CaseId, PointCode, S.Referrals, now, ProviderAccessAfterClose);
        var providerCategories = actor.ReadsCaseRedacted() ? await ProviderCategoriesAsync(actor, now) : null;
        // What the case page shows beside the record, so that opening a case is one read and one entry in its trail.
        var recommendations = actor.MayReadRecommendations(PointCode) ? await RecommendationsAsync() : null;
        var referable = actor.MayChangeCasesAt(PointCode) && !S.IsClosed ? await ReferableProgramsAsync() : null;
        AddAudit(actor, now, "viewed", null);
        await AppendEventsAsync();
        return ToView(actor, providerCategories) with { Recommendations = recommendations, ReferablePrograms = referable };
    }

    /// <summary>What <see cref="Refer"/> accepts now: active programs serving the point or the destination, not already actively referred.</summary>
    private async Task<IReadOnlyList<ReferableProgram>> ReferableProgramsAsync()
    {
        var destination = S.Assessment?.DestinationState;
        var referred = ActiveReferralIds().Select(id => Referral(id).ProgramId).ToHashSet(StringComparer.Ordinal);
        return (await catalog.GetAsync()).OfferedPrograms
            .Where(p => !referred.Contains(p.Id))
            .Select(p => (Program: p, Reach: p.Reaches(PointCode, destination)))
            .Where(x => x.Reach is not null)
            .OrderBy(x => x.Reach).ThenBy(x => x.Program.Name, StringComparer.CurrentCulture)
            .Select(x => new ReferableProgram(x.Program.Id, x.Program.Name, x.Program.Category, x.Reach!.Value))
            .ToList();
    }

    public async Task<AuditPage> GetAudit(Actor actor, long? before, int limit)
    {
        await EnsureLoadedAsync();
        EnsureRegistered();
        actor.RequireReadAudit(CaseId, PointCode, S.Referrals.Select(r => r.ProgramId));
        new FieldErrors()
            .Range("limit", limit, 1, Limits.MaxAuditPageSize)
            .AtLeast("before", before, 1)
            .ThrowIfAny();
        AddAudit(actor, time.GetUtcNow(), "viewed", "audit", ("what", "audit"));
        await AppendEventsAsync();
        var entries = await records.ReadEventsAsync(CaseId, before, limit);
        var next = entries.Count == limit && entries[^1].Sequence > 1 ? entries[^1].Sequence : (long?)null;
        return new AuditPage(CaseId, entries, next);
    }

    public async Task<ReturneeView> RecordAssessment(RecordAssessment command, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(command);
        await EnsureLoadedAsync();
        EnsureRegistered();
        actor.RequireChangeCasesAt(PointCode);
        EnsureOpen();
        var now = time.GetUtcNow();
        var assessment = AssessmentRules.Validate(command, now, actor.UserName);
        var flags = CurrentFlags(assessment);
        var (_, unmet) = Recommender.Recommend(PointCode, assessment, flags, (await catalog.GetAsync()).OfferedPrograms);

        var (priority, score) = Triage.Evaluate(flags);
        var priorityChanged = priority != S.Priority || score != S.PriorityScore;
        AddAudit(actor, now, S.Assessment is null ? "assessed" : "reassessed",
            $"Needs: {string.Join(", ", assessment.Needs)}; destination {assessment.DestinationState}; consent to share: {assessment.ConsentToShare}",
            ("needs", string.Join(",", assessment.Needs.Select(Code))), ("destination", assessment.DestinationState),
            ("consent", assessment.ConsentToShare ? "true" : "false"));
        var consentChanged = (S.Assessment is null && !S.Consents.ContainsKey(ConsentPurpose.ShareAssessment)) || assessment.ConsentToShare != S.SharesAssessment
            ? RecordConsentDecision(ConsentPurpose.ShareAssessment, assessment.ConsentToShare, null, actor, now)
            : false;
        S.Assessment = assessment;
        S.FirstAssessedAt ??= now;
        S.Flags = flags;
        (S.Priority, S.PriorityScore) = (priority, score);
        S.UnmetNeeds = unmet.ToList();
        if (S.Stage == Stage.Arrived)
        {
            EnterStage(S.Referrals.Count > 0 ? Stage.Services : Stage.Assessment, now);
        }
        await CommitAsync(consentChanged ? await ReferralsAfterConsentChangedAsync(now) : priorityChanged ? ActiveReferralIds() : []);
        return ToView(actor);
    }

    public async Task<IReadOnlyList<Recommendation>> GetRecommendations(Actor actor)
    {
        await EnsureLoadedAsync();
        EnsureRegistered();
        actor.RequireRecommendations(CaseId, PointCode);
        var recommendations = await RecommendationsAsync();
        AddAudit(actor, time.GetUtcNow(), "viewed", "recommendations", ("what", "recommendations"));
        await AppendEventsAsync();
        return recommendations;
    }

    private async Task<IReadOnlyList<Recommendation>> RecommendationsAsync() =>
        Recommender.Recommend(PointCode, S.Assessment, S.Flags, (await catalog.GetAsync()).OfferedPrograms).Recommendations;

    public async Task<ReferralView> Refer(string programId, string? note, Actor actor, string? idempotencyKey = null, string? consentOverride = null)
    {
        await EnsureLoadedAsync();
        EnsureRegistered();
        actor.RequireChangeCasesAt(PointCode);
        if (idempotencyKey is not null && S.ReferralKeys.TryGetValue(idempotencyKey, out var existingId))
        {
            // A replay must carry the same intent, program and note; another note under the same key is refused, never dropped.
            var existing = S.Referrals.First(r => r.ReferralId == existingId);
            return existing.ProgramId == programId && existing.Note == TextRules.Clean(note)
                ? existing
                : throw ReceptionException.Conflict(ProblemCodes.IdempotencyKeyReused, ("key", idempotencyKey), ("existing", existing.ReferralId));
        }
        EnsureOpen();
        var program = await catalog.FindProgramAsync(programId)
            ?? throw ReceptionException.NotFound(ProblemCodes.ProgramNotFound, ("program", programId));
        if (program.Inactive)
        {
            throw ReceptionException.Conflict(ProblemCodes.ProgramInactive, ("program", program.Id));
        }
        var destination = S.Assessment?.DestinationState;
        new FieldErrors()
            .Text("note", note, Limits.NoteLength)
            .Text("consentOverride", consentOverride, Limits.NoteLength)
            .AddIf(idempotencyKey is { Length: > Limits.IdempotencyKeyLength }, "idempotencyKey", ProblemCodes.IdempotencyKeyInvalid, ("max", Limits.IdempotencyKeyLength))
            .AddIf(!program.ServesCase(PointCode, destination), "programId",
                destination is null ? ProblemCodes.ProgramNotServingPoint : ProblemCodes.ProgramNotServingPointOrState,
                ("program", program.Id), ("point", PointCode), ("state", destination))
            .ThrowIfAny();
        if (S.Referrals.FirstOrDefault(r => r.ProgramId == program.Id && IsActive(r.Status)) is { } active)
        {
            throw ReceptionException.Conflict(ProblemCodes.ActiveReferralExists,
                ("caseId", CaseId), ("referral", active.ReferralId), ("status", active.Status), ("program", program.Id));
        }

        var (basis, overrideReason) = ReferralBasisFor(program, consentOverride);

        var now = time.GetUtcNow();
        var referral = AddReferral(program.Id, TextRules.Clean(note), actor.UserName, now, basis, overrideReason);
        NoteChildProtection(program);
        if (idempotencyKey is not null)
        {
            S.ReferralKeys[idempotencyKey] = referral.ReferralId;
        }
        AddAudit(actor, now, "referred", $"{referral.ReferralId} to {program.Id} ({BasisDetail(basis, overrideReason)})",
            ("referral", referral.ReferralId), ("program", program.Id), ("basis", Code(basis)), ("overrideReason", overrideReason));
        await CommitAsync([referral.ReferralId]);
        return Referral(referral.ReferralId);
    }

    public Task<ReferralView> AcceptReferral(string referralId, string programId, Actor actor) =>
        TransitionAsync(referralId, programId, actor, ReferralStatus.Accepted, null, null);

    public Task<ReferralView> DeclineReferral(string referralId, string programId, string reason, Actor actor) =>
        TransitionAsync(referralId, programId, actor, ReferralStatus.Declined, reason, null);

    public Task<ReferralView> CompleteReferral(string referralId, string programId, string outcome, Actor actor) =>
        TransitionAsync(referralId, programId, actor, ReferralStatus.Completed, null, outcome);

    public async Task<ReturneeView> Depart(DepartCommand command, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(command);
        await EnsureLoadedAsync();
        EnsureRegistered();
        actor.RequireChangeCasesAt(PointCode);
        EnsureOpen();
        var errors = new FieldErrors();
        var destination = errors.State("destinationState", command.DestinationState);
        errors.Text("destinationMunicipality", command.DestinationMunicipality, Limits.ShortTextLength)
            .Known("transport", command.Transport)
            .ThrowIfAny();
        EnsureCustodyAllowsExit();

        var now = time.GetUtcNow();
        var exit = new Exit(Stage.Departed, now, actor.UserName, destination, TextRules.Clean(command.DestinationMunicipality), command.Transport, null, null);
        await CloseAsync(exit, actor, $"Departed to {destination}");
        return ToView(actor);
    }

    public async Task<ReturneeView> Transfer(TransferCommand command, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(command);
        await EnsureLoadedAsync();
        EnsureRegistered();
        actor.RequireChangeCasesAt(PointCode);
        EnsureOpen();
        new FieldErrors()
            .Text("institution", command.Institution, Limits.InstitutionLength, required: true)
            .Text("note", command.Note, Limits.NoteLength)
            .ThrowIfAny();
        EnsureCustodyAllowsExit();

        var now = time.GetUtcNow();
        var exit = new Exit(Stage.Transferred, now, actor.UserName, null, null, null, command.Institution.Trim(), TextRules.Clean(command.Note));
        await CloseAsync(exit, actor, $"Transferred to {exit.Institution}");
        return ToView(actor);
    }

    private async Task CloseAsync(Exit exit, Actor actor, string detail, IReadOnlyCollection<string>? alsoTouched = null)
    {
        var cancelled = ActiveReferralIds();
        foreach (var id in cancelled)
        {
            Replace(Referral(id) with
            {
                Status = ReferralStatus.Cancelled,
                StatusChangedAt = exit.At,
                StatusChangedBy = actor.UserName,
            });
        }
        S.Exit = exit;
        EnterStage(exit.Stage, exit.At);
        AddAudit(actor, exit.At, exit.Stage == Stage.Departed ? "departed" : "transferred",
            cancelled.Count == 0 ? detail : $"{detail}; cancelled {string.Join(", ", cancelled)}",
            ("destination", exit.DestinationState), ("institution", exit.Institution), ("cancelled", cancelled.Count == 0 ? null : string.Join(",", cancelled)));
        await CommitAsync([.. cancelled, .. alsoTouched ?? []]);
    }

    private async Task<ReferralView> TransitionAsync(string referralId, string programId, Actor actor, ReferralStatus to, string? reason, string? outcome)
    {
        await EnsureLoadedAsync();
        EnsureRegistered();
        actor.RequireActOnReferralsOf(programId);
        var referral = S.Referrals.FirstOrDefault(r => r.ReferralId == referralId && r.ProgramId == programId)
            ?? throw ReceptionException.NotFound(ProblemCodes.ReferralNotFound, ("referral", referralId), ("program", programId));
        var errors = new FieldErrors();
        if (to == ReferralStatus.Declined)
        {
            errors.Text("reason", reason, Limits.NoteLength, required: true);
        }
        if (to == ReferralStatus.Completed)
        {
            errors.Text("outcome", outcome, Limits.NoteLength, required: true);
        }
        errors.ThrowIfAny();
        var allowedFrom = to == ReferralStatus.Completed ? ReferralStatus.Accepted : ReferralStatus.Pending;
        if (referral.Status != allowedFrom)
        {
            throw ReceptionException.Conflict(ProblemCodes.ReferralNotInState,
                ("referral", referralId), ("status", referral.Status), ("required", allowedFrom), ("to", to));
        }

        var now = time.GetUtcNow();
        Replace(referral with
        {
            Status = to,
            StatusChangedAt = now,
            StatusChangedBy = actor.UserName,
            Reason = TextRules.Clean(reason) ?? referral.Reason,
            Outcome = TextRules.Clean(outcome),
            AcceptedAt = to == ReferralStatus.Accepted ? now : referral.AcceptedAt,
        });
        if (to == ReferralStatus.Accepted)
        {
            S.FirstServiceAt ??= now;
        }
        var text = TextRules.Clean(reason) ?? TextRules.Clean(outcome);
        AddAudit(actor, now, $"referral {Verb(to)}", text is null ? referralId : $"{referralId}: {text}", ("referral", referralId), ("text", text));
        await CommitAsync([referralId]);
        return Referral(referralId);
    }

    private static string Verb(ReferralStatus status) => status switch
    {
        ReferralStatus.Accepted => "accepted",
        ReferralStatus.Declined => "declined",
        ReferralStatus.Completed => "completed",
        _ => status.ToString().ToLowerInvariant(),
    };

    // Small helpers that read and change the record; no I/O.
    private static bool IsActive(ReferralStatus status) => status is ReferralStatus.Pending or ReferralStatus.Accepted;

    private void EnsureRegistered()
    {
        if (!S.Registered)
        {
            throw ReceptionException.NotFound(ProblemCodes.CaseNotFound, ("caseId", CaseId));
        }
    }

    private void EnsureOpen()
    {
        if (S.IsClosed)
        {
            throw ReceptionException.Conflict(ProblemCodes.CaseClosed, ("caseId", CaseId), ("stage", S.Stage), ("at", S.EnteredStageAt));
        }
    }

    private void EnterStage(Stage stage, DateTimeOffset at)
    {
        S.Stage = stage;
        S.EnteredStageAt = at;
    }

    private ReferralView AddReferral(
        string programId, string? note, string by, DateTimeOffset now, ReferralBasis basis, string? overrideReason = null, Vulnerability? automaticFor = null)
    {
        var referral = new ReferralView(
            ReferralIds.Create(CaseId, S.Referrals.Count + 1), programId, ReferralStatus.Pending, now, by, note, now, null, null, null,
            automaticFor is not null, automaticFor, Basis: basis, OverrideReason: overrideReason);
        S.Referrals.Add(referral);
        // A referral made before the intake assessment (an automatic one at registration) leaves the person
        // waiting for the desk: they still have to be interviewed.
        if (S.Stage < Stage.Services && S.Assessment is not null)
        {
            EnterStage(Stage.Services, now);
        }
        return referral;
    }

    private ReferralView Referral(string referralId) => S.Referrals.First(r => r.ReferralId == referralId);

    private void Replace(ReferralView referral) =>
        S.Referrals[S.Referrals.FindIndex(r => r.ReferralId == referral.ReferralId)] = referral;

    private List<string> ActiveReferralIds() => S.Referrals.Where(r => IsActive(r.Status)).Select(r => r.ReferralId).ToList();

    /// <summary>An enum value as the API writes it (the same camelCase policy as its enum converter), for audit facts.</summary>
    private static string Code<TEnum>(TEnum value) where TEnum : struct, Enum => AcceptedValues.NameOf(value);

    private ArrivalReceipt Receipt() =>
        new(CaseId, S.CertificateNumber, PointCode, S.ArrivedAt, S.Stage, S.Priority, S.Flags.ToList(), S.Referrals.ToList(),
            Person, RecentReturn: S.RecentReturn);

    private ReturneeView ToView(Actor actor, IReadOnlyCollection<ProgramCategory>? providerCategories = null)
    {
        var a = S.Arrival!;
        var provider = actor.ReadsCaseRedacted();
        return new ReturneeView(
            CaseId, S.CertificateNumber, a.GivenNames, a.Surnames, a.Sex, a.DateOfBirth, a.EstimatedAge, a.Curp, a.PointCode,
            S.ArrivedAt, a.NoticeId, a.Transport, a.AccompanyingCaseId, S.Stage, S.EnteredStageAt, S.Priority, S.PriorityScore,
            FlagsSeenBy(actor, providerCategories),
            S.SharesAssessment,
            provider && !S.SharesAssessment ? null : S.Assessment,
            S.Referrals.Where(r => actor.SeesReferralTo(r.ProgramId)).ToList(),
            provider ? [] : S.UnmetNeeds.ToList(),
            provider ? null : S.Exit,
            S.Version,
            Redacted: provider,
            Relationship: a.Relationship,
            FamilyGroupId: S.FamilyGroupId,
            Custody: actor.SeesCustody(S.CustodyProgramId) ? Custody(time.GetUtcNow()) : null,
            Separation: provider ? null : S.Separation,
            PersonId: Person,
            Unidentified: a.Unidentified,
            Description: a.Description,
            RecentReturn: S.RecentReturn,
            Consents: Consents(),
            PrivacyNoticeGiven: a.PrivacyNoticeGiven,
            TimeZone: S.TimeZoneId);
    }
}
