using Reception.Contracts.People;
using Reception.Contracts.Returnees;
using Reception.Grains.Catalog;
using Reception.Grains.Records;
using Reception.Grains.Shared;

namespace Reception.Grains.Returnees;

/// <summary>
/// The case's person across returns, and corrections of the registration. A person is only an id the cases share:
/// linking moves this case to another person's id, unlinking gives it a new one of its own; both are recorded with
/// the id left behind, so either is undone by the other.
/// </summary>
internal sealed partial class ReturneeGrain
{
    private string Person => S.PersonId ?? PersonIds.OfFirstCase(CaseId);

    /// <summary>The person a new arrival belongs to: the one the desk confirmed, else the CURP's, else a person of its own.</summary>
    private async Task<(string Id, string? LinkedBy, IReadOnlyList<PersonCaseRow> Cases)> PersonAtRegistrationAsync(RegisterArrival arrival)
    {
        if (arrival.PersonId is { } confirmed)
        {
            return (confirmed, "desk", await RequirePersonCasesAsync(confirmed));
        }
        if (arrival.Curp is { } curp && await people.PersonWithCurpAsync(curp, CaseId) is { } byCurp)
        {
            return (byCurp, "curp", await people.CasesOfPersonAsync(byCurp));
        }
        return (PersonIds.OfFirstCase(CaseId), null, []);
    }

    private async Task<IReadOnlyList<PersonCaseRow>> RequirePersonCasesAsync(string personId)
    {
        var cases = await people.CasesOfPersonAsync(personId);
        return cases.Any(c => c.CaseId != CaseId) ? cases : throw ReceptionException.NotFound(ProblemCodes.PersonNotFound, ("personId", personId));
    }

    public async Task<ReturneeView> LinkPerson(string personId, Actor actor)
    {
        await EnsureLoadedAsync();
        EnsureRegistered();
        actor.RequireChangeCasesAt(PointCode);
        personId = personId?.Trim().ToUpperInvariant() ?? "";
        new FieldErrors().AddIf(!PersonIds.IsValid(personId), "personId", ProblemCodes.NotPersonId, ("value", personId)).ThrowIfAny();
        if (personId == Person)
        {
            return ToView(actor);
        }
        var cases = await RequirePersonCasesAsync(personId);
        await MoveToPersonAsync(personId, cases, actor, "personLinked");
        return ToView(actor);
    }

    public async Task<ReturneeView> UnlinkPerson(Actor actor)
    {
        await EnsureLoadedAsync();
        EnsureRegistered();
        actor.RequireChangeCasesAt(PointCode);
        await MoveToPersonAsync(PersonIds.New(), [], actor, "personUnlinked");
        return ToView(actor);
    }

    private async Task<RecentReturn?> RecentReturnAsync(IEnumerable<PersonCaseRow> cases, DateTimeOffset arrivedAt, int? age) =>
        RecentReturns.Find(cases, CaseId, arrivedAt, age, S.Priority) is { } found
            ? found with { TimeZone = await catalog.ZoneOfAsync(found.PointCode) }
            : null;

    private async Task MoveToPersonAsync(string personId, IReadOnlyList<PersonCaseRow> cases, Actor actor, string action)
    {
        var now = time.GetUtcNow();
        AddAudit(actor, now, action, $"{Person} → {personId}", ("from", Person), ("to", personId));
        S.PersonId = personId;
        S.RecentReturn = await RecentReturnAsync(cases, S.ArrivedAt, S.AgeAtArrival);
        await CommitAsync([]);
    }

    public async Task<ReturneeView> CorrectRegistration(RegistrationCorrection correction, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(correction);
        await EnsureLoadedAsync();
        EnsureRegistered();
        actor.RequireChangeCasesAt(PointCode);
        EnsureNotAnonymised();
        var before = S.Arrival!;
        var identifies = correction.GivenNames is not null || correction.Surnames is not null;
        var after = before with
        {
            GivenNames = correction.GivenNames?.Trim() ?? before.GivenNames,
            Surnames = correction.Surnames?.Trim() ?? before.Surnames,
            DateOfBirth = correction.DateOfBirth ?? before.DateOfBirth,
            EstimatedAge = correction.EstimatedAge ?? before.EstimatedAge,
            Sex = correction.Sex ?? before.Sex,
            Curp = TextRules.Clean(correction.Curp)?.ToUpperInvariant() ?? before.Curp,
            OriginState = correction.OriginState is null ? before.OriginState : MexicanStates.Normalize(correction.OriginState) ?? correction.OriginState.Trim(),
            Unidentified = before.Unidentified && !identifies,
        };
        var changes = RegistrationChanges(before, after);
        var arrivedOn = S.ArrivalLocalDate ?? LocalTime.Date(S.TimeZoneId ?? "UTC", S.ArrivedAt);
        // The corrected registration must be one the desk could have registered on the day of arrival.
        var errors = ArrivalRules.Check(new FieldErrors().Text("reason", correction.Reason, Limits.NoteLength, required: true), after, CaseId, arrivedOn);
        errors.AddIf(changes.Count == 0 && !errors.Any, "reason", ProblemCodes.NothingToCorrect).ThrowIfAny();

        var now = time.GetUtcNow();
        var programs = (await catalog.GetAsync()).OfferedPrograms;
        var (personId, linkedBy, cases) = after.Curp is { } newCurp && newCurp != before.Curp && await people.PersonWithCurpAsync(newCurp, CaseId) is { } byCurp
            ? (byCurp, "curp", await people.CasesOfPersonAsync(byCurp))
            : (Person, null, (IReadOnlyList<PersonCaseRow>?)null);
        S.RegisteredAs ??= before;
        S.Arrival = after;
        S.AgeAtArrival = Triage.AgeOn(after.DateOfBirth, after.EstimatedAge, arrivedOn);
        var flagsBefore = S.Flags.ToHashSet();
        S.Flags = CurrentFlags(S.Assessment);
        (S.Priority, S.PriorityScore) = Triage.Evaluate(S.Flags);
        _identityChanged = true;
        AddAudit(actor, now, "registrationCorrected", $"{string.Join(", ", changes.Select(c => c.Field))}: {correction.Reason.Trim()}",
            [("reason", correction.Reason.Trim()), .. changes.SelectMany(c => new[] { (c.Field + ".from", c.From), (c.Field + ".to", c.To) })]);
        if (linkedBy is not null)
        {
            AddAudit(Actor.System(), now, "personLinked", $"{Person} → {personId} (CURP)", ("from", Person), ("to", personId), ("linkedBy", linkedBy));
            S.PersonId = personId;
        }
        if (cases is not null || S.RecentReturn is not null)
        {
            S.RecentReturn = await RecentReturnAsync(cases ?? await people.CasesOfPersonAsync(Person), S.ArrivedAt, S.AgeAtArrival);
        }
        var touched = S.IsClosed ? [] : ReferForNewFlags(flagsBefore, programs, now);
        await CommitAsync([.. ActiveReferralIds(), .. touched]);
        return ToView(actor);
    }

    /// <summary>Each registration field the correction changes, with its old and new value as the events record them.</summary>
    private static List<(string Field, string? From, string? To)> RegistrationChanges(RegisterArrival before, RegisterArrival after)
    {
        var changes = new List<(string, string?, string?)>();
        void Compare(string field, object? from, object? to)
        {
            var (a, b) = (from is null ? null : Refusal.Text(from), to is null ? null : Refusal.Text(to));
            if (a != b)
            {
                changes.Add((field, a, b));
            }
        }
        Compare("givenNames", before.GivenNames, after.GivenNames);
        Compare("surnames", before.Surnames, after.Surnames);
        Compare("dateOfBirth", before.DateOfBirth, after.DateOfBirth);
        Compare("estimatedAge", before.EstimatedAge, after.EstimatedAge);
        Compare("sex", before.Sex, after.Sex);
        Compare("curp", before.Curp, after.Curp);
        Compare("originState", before.OriginState, after.OriginState);
        Compare("unidentified", before.Unidentified, after.Unidentified);
        return changes;
    }

    public async Task<string> GetPointCode()
    {
        await EnsureLoadedAsync();
        EnsureRegistered();
        return PointCode;
    }

    public async Task<ReturnSummary> Summary(Actor actor)
    {
        await EnsureLoadedAsync();
        EnsureRegistered();
        var now = time.GetUtcNow();
        if (!actor.MayReadReturn(S.Referrals.Where(r => r.GivesProviderAccess(now, ProviderAccessAfterClose)).Select(r => r.ProgramId)))
        {
            throw ReceptionException.Forbidden(ProblemCodes.CaseNotVisible, ("caseId", CaseId));
        }
        AddAudit(actor, now, "viewed", "timeline", ("what", "timeline"));
        await AppendEventsAsync();
        var a = S.Arrival!;
        var redacted = actor.ReadsCaseRedacted();
        var providerCategories = redacted ? await ProviderCategoriesAsync(actor, now) : null;
        return new ReturnSummary(
            CaseId, Person, a.PointCode, S.ArrivedAt, S.CertificateNumber, a.GivenNames, a.Surnames, a.DateOfBirth, a.EstimatedAge, a.Sex,
            S.Stage, S.EnteredStageAt, FlagsSeenBy(actor, providerCategories),
            S.Referrals.Where(r => actor.SeesReferralTo(r.ProgramId)).ToList(),
            redacted ? null : S.Exit,
            actor.SeesCustody(S.CustodyProgramId) ? S.Custody.ToList() : [],
            S.RecentReturn,
            S.TimeZoneId);
    }
}
