using Reception.Contracts.Returnees;
using Reception.Contracts.Rights;
using Reception.Grains.Records;

namespace Reception.Grains.Rights;

/// <summary>
/// A person's access request and cancellation or opposition, over every case of theirs. An export is an entry of the
/// access log (<see cref="ExportedAction"/>, subject <c>person:{id}</c>) and a read recorded in each case; an
/// anonymisation is checked on every case first (all closed), so a refusal changes none of them.
/// </summary>
[StatelessWorker]
[GrainType("reception.rights")]
internal sealed class RightsGrain(IPeopleRecord people, IRecordStore records, IRightsRecord rights, TimeProvider time) : Grain, IRightsGrain
{
    public const string ExportedAction = "personExported";

    public async Task<PersonExport> Export(string personId, Actor actor)
    {
        actor.RequireExportPerson();
        var (id, cases) = await CasesAsync(personId);
        var exports = await Task.WhenAll(cases.Select(c => GrainFactory.GetGrain<ICaseRightsGrain>(c.CaseId).Export(actor)));
        var now = time.GetUtcNow();
        await records.AppendAccessAsync(new AccessEntry(now, actor.UserName, AcceptedValues.NameOf(actor.Role), ExportedAction, Subject(id), cases.Count));
        var accessLog = await rights.AccessEntriesAsync([Subject(id)]);
        return new PersonExport(id, now, actor.UserName, exports.OrderBy(e => e.Case.ArrivedAt).ToList(), accessLog);
    }

    public async Task<AnonymisationReceipt> Anonymise(string personId, AnonymisationReason reason, Requester? requestedBy, Actor actor)
    {
        new FieldErrors()
            .AddIf(reason == AnonymisationReason.Retention, "reason", ProblemCodes.NotOneOf, ("value", AcceptedValues.NameOf(reason)),
                ("accepted", string.Join(", ", AcceptedValues.NameOf(AnonymisationReason.Cancellation), AcceptedValues.NameOf(AnonymisationReason.Opposition))))
            .ThrowIfAny();
        actor.RequireAnonymisePerson();
        var (id, cases) = await CasesAsync(personId);
        foreach (var c in cases)
        {
            var facts = await GrainFactory.GetGrain<IReturneeGrain>(c.CaseId).GetCompanionFacts();
            if (facts.Stage is not (Stage.Departed or Stage.Transferred))
            {
                throw ReceptionException.Conflict(ProblemCodes.CaseStillOpen, ("caseId", c.CaseId), ("stage", facts.Stage));
            }
        }
        var anonymised = new List<AnonymisedCase>();
        foreach (var c in cases)
        {
            anonymised.Add(await GrainFactory.GetGrain<ICaseRightsGrain>(c.CaseId).Anonymise(reason, requestedBy, actor));
        }
        return new AnonymisationReceipt(id, anonymised);
    }

    private static string Subject(string personId) => $"person:{personId}";

    private async Task<(string Id, IReadOnlyList<PersonCaseRow> Cases)> CasesAsync(string personId)
    {
        var id = personId?.Trim().ToUpperInvariant() ?? "";
        new FieldErrors().AddIf(!PersonIds.IsValid(id), "personId", ProblemCodes.NotPersonId, ("value", id)).ThrowIfAny();
        var cases = await people.CasesOfPersonAsync(id);
        return cases.Count > 0 ? (id, cases) : throw ReceptionException.NotFound(ProblemCodes.PersonNotFound, ("personId", id));
    }
}
