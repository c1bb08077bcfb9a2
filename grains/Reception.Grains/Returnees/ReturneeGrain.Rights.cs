using Microsoft.Extensions.DependencyInjection;
using Reception.Contracts.Rights;
using Reception.Grains.Records;

namespace Reception.Grains.Returnees;

/// <summary>
/// The person's rights over this case: its export for an access request, and its anonymisation on request or by the
/// retention policy (<see cref="AnonymisationRules"/> says what is kept). Anonymising rewrites the case's events first
/// (the record allows each event to change once, that way), then writes the anonymised state and row with an
/// <c>anonymised</c> event; a failure between the two leaves the events anonymised and the case as it was, and the
/// same request again completes it.
/// </summary>
internal sealed partial class ReturneeGrain : ICaseRightsGrain
{
    public const string AnonymisedAction = "anonymised";

    private IRightsRecord Rights => ServiceProvider.GetRequiredService<IRightsRecord>();

    public async Task<CaseExport> Export(Actor actor)
    {
        await EnsureLoadedAsync();
        EnsureRegistered();
        actor.RequireExportPerson();
        AddAudit(actor, time.GetUtcNow(), "viewed", "export", ("what", "export"));
        await AppendEventsAsync();
        var events = await records.ReadEventsAsync(CaseId, null, int.MaxValue);
        return new CaseExport(ToView(actor), S.RegisteredAs, S.Custody.ToList(), S.Anonymised, events.Reverse().ToList());
    }

    public async Task<AnonymisedCase> Anonymise(AnonymisationReason reason, Requester? requestedBy, Actor actor)
    {
        await EnsureLoadedAsync();
        EnsureRegistered();
        if (reason == AnonymisationReason.Retention && actor.Role != ActorRole.System)
        {
            throw ReceptionException.Forbidden(ProblemCodes.RoleMayNot, ("role", actor.Role), ("action", "runRetention"));
        }
        actor.RequireAnonymisePerson();
        if (S.Anonymised is { } earlier)
        {
            return new AnonymisedCase(CaseId, earlier, AlreadyAnonymised: true);
        }
        if (!S.IsClosed)
        {
            throw ReceptionException.Conflict(ProblemCodes.CaseStillOpen, ("caseId", CaseId), ("stage", S.Stage));
        }

        var now = time.GetUtcNow();
        var anonymisation = new Anonymisation(now, reason, reason == AnonymisationReason.Retention ? null : requestedBy ?? Requester.Person, actor.UserName);
        var events = await records.ReadEventsAsync(CaseId, null, int.MaxValue);
        await Rights.AnonymiseEventsAsync(CaseId, events.Select(AnonymisationRules.Scrub).ToList());
        AnonymisationRules.Apply(S, anonymisation);
        if (S.PendingPointUpdate is { } undelivered)
        {
            S.PendingPointUpdate = undelivered with { GivenNames = "", Surnames = "", FamilyGroupId = null };
        }
        _identityChanged = true;
        AddAudit(actor, now, AnonymisedAction, null,
            ("reason", Code(reason)), ("requestedBy", anonymisation.RequestedBy is { } by ? Code(by) : null));
        await SaveAsync();
        return new AnonymisedCase(CaseId, anonymisation, AlreadyAnonymised: false);
    }

    /// <summary>An anonymised case takes no correction or custody step: either would write personal data back.</summary>
    private void EnsureNotAnonymised()
    {
        if (S.Anonymised is { } anonymisation)
        {
            throw ReceptionException.Conflict(ProblemCodes.CaseAnonymised, ("caseId", CaseId), ("at", anonymisation.At));
        }
    }
}
