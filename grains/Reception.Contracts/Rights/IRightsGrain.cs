using Reception.Contracts.Shared;

namespace Reception.Contracts.Rights;

/// <summary>
/// A person's rights over what the institution holds about them: access (an export, recorded in the access log and in
/// each case) and cancellation or opposition (the anonymisation of every case of theirs). Stateless: use key 0.
/// </summary>
[Alias("reception.rights")]
public interface IRightsGrain : IGrainWithIntegerKey
{
    [Alias("export")]
    Task<PersonExport> Export(string personId, Actor actor);

    /// <summary>Anonymises every case of the person; idempotent (an anonymised case answers with its anonymisation). Refused while a case is open.</summary>
    [Alias("anonymise")]
    Task<AnonymisationReceipt> Anonymise(string personId, AnonymisationReason reason, Requester? requestedBy, Actor actor);
}
