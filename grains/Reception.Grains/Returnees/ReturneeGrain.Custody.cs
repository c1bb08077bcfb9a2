using Reception.Contracts.Programs;
using Reception.Contracts.Returnees;

namespace Reception.Grains.Returnees;

/// <summary>
/// Unaccompanied children (see docs/workflow.md, "Custody of unaccompanied children"): the companion check another
/// case's registration asks for, the separation from an accompanying adult, and the append-only chain of custody
/// whose final steps close the case.
/// </summary>
internal sealed partial class ReturneeGrain
{
    public async Task<CompanionFacts> GetCompanionFacts()
    {
        await EnsureLoadedAsync();
        return S.Registered
            ? new CompanionFacts(true, PointCode, S.AgeAtArrival, S.Stage, S.FamilyGroupId)
            : new CompanionFacts(false, null, null, default, null);
    }

    public async Task<CustodyView> RecordCustody(RecordCustodyStep command, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(command);
        await EnsureLoadedAsync();
        EnsureRegistered();
        actor.RequireRecordCustodyStep(command.Step, PointCode, S.CustodyProgramId);
        EnsureNotAnonymised();
        // A mistake may still be corrected after the case closed; nothing else may be added then.
        if (command.Step != CustodyStepKind.Correction)
        {
            EnsureOpen();
        }
        var now = time.GetUtcNow();
        CustodyRules.Validate(command, S.ArrivedAt, now);
        if (!S.NeedsCustody && S.Custody.Count == 0)
        {
            throw ReceptionException.Conflict(ProblemCodes.CustodyNotRequired, ("caseId", CaseId));
        }
        if (!S.CustodyStatus.Allows(command.Step))
        {
            throw ReceptionException.Conflict(ProblemCodes.CustodyStepOutOfOrder,
                ("caseId", CaseId), ("step", command.Step), ("status", S.CustodyStatus), ("next", S.CustodyStatus.NextStep()));
        }

        var step = CustodyRules.Step(command, S.Custody.Count + 1, now, actor.UserName);
        S.Custody.Add(step);
        S.CustodyStatus = S.CustodyStatus.After(step.Step);
        AddAudit(actor, now, "custody", $"{Code(step.Step)}: {step.FromName} ({step.FromInstitution}) → {step.ToName} ({step.ToInstitution})",
            ("step", Code(step.Step)), ("sequence", step.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("at", step.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
            ("from", step.FromInstitution), ("to", step.ToInstitution), ("document", step.Document), ("note", step.Note),
            ("relative", step.RelativeName), ("relationship", step.Relationship is { } r ? Code(r) : null));
        var custodyReferral = S.Referrals.LastOrDefault(r => r.ProgramId == S.CustodyProgramId && IsActive(r.Status));
        if (step.Step != CustodyStepKind.Correction && S.CustodyStatus.IsFinal())
        {
            var completed = new List<string>();
            if (custodyReferral is not null)
            {
                Replace(custodyReferral with
                {
                    Status = ReferralStatus.Completed,
                    StatusChangedAt = now,
                    StatusChangedBy = actor.UserName,
                    Outcome = $"Custody: {Code(step.Step)}",
                    AcceptedAt = custodyReferral.AcceptedAt ?? now,
                });
                S.FirstServiceAt ??= now;
                completed.Add(custodyReferral.ReferralId);
            }
            var exit = step.Step == CustodyStepKind.Reunified
                ? new Exit(Stage.Departed, now, actor.UserName, null, null, null, null, step.Note)
                : new Exit(Stage.Transferred, now, actor.UserName, null, null, null, step.ToInstitution, step.Note);
            await CloseAsync(exit, actor, $"Custody: {Code(step.Step)}", completed);
        }
        else
        {
            await CommitAsync(custodyReferral is null ? [] : [custodyReferral.ReferralId]);
        }
        return Custody(now)!;
    }

    public async Task<ReturneeView> RecordSeparation(string reason, Actor actor)
    {
        await EnsureLoadedAsync();
        EnsureRegistered();
        actor.RequireChangeCasesAt(PointCode);
        EnsureOpen();
        new FieldErrors().Text("reason", reason, Limits.NoteLength, required: true).ThrowIfAny();
        if (!S.Accompanied)
        {
            throw ReceptionException.Conflict(ProblemCodes.NothingToSeparate, ("caseId", CaseId));
        }

        var now = time.GetUtcNow();
        var programs = (await catalog.GetAsync()).OfferedPrograms;
        var companion = S.Arrival!.AccompanyingCaseId!;
        S.Separation = new Separation(companion, now, actor.UserName, reason.Trim());
        var before = S.Flags.ToHashSet();
        S.Flags = CurrentFlags(S.Assessment);
        (S.Priority, S.PriorityScore) = Triage.Evaluate(S.Flags);
        AddAudit(actor, now, "separated", $"Separated from {companion}: {S.Separation.Reason}", ("companion", companion), ("reason", S.Separation.Reason));
        var touched = ReferForNewFlags(before, programs, now);
        await CommitAsync([.. ActiveReferralIds(), .. touched]);
        return ToView(actor);
    }

    /// <summary>
    /// The automatic referrals of the flags a change brought (a separation, a corrected age): a category already
    /// served by an active referral is not referred again.
    /// </summary>
    private List<string> ReferForNewFlags(HashSet<Vulnerability> before, IReadOnlyList<ProgramProfile> programs, DateTimeOffset now) =>
        ReferAutomaticallyFor(S.Flags.Where(f => !before.Contains(f)).ToList(), programs, now);

    /// <summary>The automatic referrals of <paramref name="flags"/>, except for a category already served by an active referral.</summary>
    private List<string> ReferAutomaticallyFor(IReadOnlyCollection<Vulnerability> flags, IReadOnlyList<ProgramProfile> programs, DateTimeOffset now)
    {
        var referredCategories = S.Referrals.Where(r => IsActive(r.Status))
            .Select(r => programs.FirstOrDefault(p => p.Id == r.ProgramId)?.Category)
            .ToHashSet();
        var rules = AutomaticReferrals.For(flags)
            .Where(rule => !referredCategories.Contains(rule.Category))
            .ToList();
        return ReferAutomatically(rules, programs, now);
    }

    /// <summary>The flags as registered, with the separation and the assessment; one rule for registration, assessment and separation.</summary>
    private List<Vulnerability> CurrentFlags(Assessment? assessment)
    {
        var sent = (S.Arrival!.Vulnerabilities ?? []).ToList();
        if (S.Separation is not null)
        {
            sent.Add(Vulnerability.FamilySeparation);
        }
        return Triage.Flags(sent, S.AgeAtArrival, S.Accompanied, assessment, S.Arrival.Relationship);
    }

    /// <summary>A child may leave the point only once the chain of custody ends in the handover to child protection.</summary>
    private void EnsureCustodyAllowsExit()
    {
        if (S.NeedsCustody && !S.CustodyStatus.IsHandedOver())
        {
            throw ReceptionException.Conflict(ProblemCodes.CustodyHandoverMissing,
                ("caseId", CaseId), ("status", S.CustodyStatus), ("missing", S.CustodyStatus.NextStep()));
        }
    }

    /// <summary>Remembers the child-protection program a child is referred to, and its reunification target.</summary>
    private void NoteChildProtection(ProgramProfile program)
    {
        if (program.Category != ProgramCategory.ChildProtection)
        {
            return;
        }
        if (S.CustodyProgramId is null || !S.Referrals.Any(r => r.ProgramId == S.CustodyProgramId && IsActive(r.Status)))
        {
            S.CustodyProgramId = program.Id;
            S.CustodyTargetHours = program.ReunificationTarget;
        }
    }

    private DateTimeOffset CustodyDueAt => S.ArrivedAt.AddHours(S.CustodyTargetHours);

    /// <summary>The custody of an unaccompanied child (or of a case whose chain was started), null otherwise.</summary>
    private CustodyView? Custody(DateTimeOffset now)
    {
        if (!S.NeedsCustody && S.Custody.Count == 0)
        {
            return null;
        }
        DateTimeOffset? stopped = S.CustodyStatus.IsFinal()
            ? S.Custody.Last(s => s.Step != CustodyStepKind.Correction).At
            : null;
        var until = stopped ?? now;
        return new CustodyView(
            S.CustodyStatus, CustodyRules.ElapsedHours(S.ArrivedAt, until), until > CustodyDueAt, S.Custody.ToList(),
            S.CustodyTargetHours, CustodyDueAt, stopped, S.CustodyStatus.NextStep(), S.CustodyProgramId);
    }
}
