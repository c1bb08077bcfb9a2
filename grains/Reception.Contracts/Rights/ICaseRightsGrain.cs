using Reception.Contracts.Shared;

namespace Reception.Contracts.Rights;

/// <summary>
/// The rights side of one case (the returnee grain, keyed by case id, implements it): its export, its anonymisation, its
/// constancia and the verification of the constancia's folio.
/// </summary>
[Alias("reception.case-rights")]
public interface ICaseRightsGrain : IGrainWithStringKey
{
    /// <summary>Everything held about the case; recorded as a read of the case (<c>viewed</c>, <c>what</c> = <c>export</c>).</summary>
    [Alias("export")]
    Task<CaseExport> Export(Actor actor);

    /// <summary>Anonymises the closed case; idempotent. Recorded as an <c>anonymised</c> event without personal data.</summary>
    [Alias("anonymise")]
    Task<AnonymisedCase> Anonymise(AnonymisationReason reason, Requester? requestedBy, Actor actor);

    /// <summary>The constancia de recepción, its verification code issued on first print (recorded: <c>constanciaIssued</c>, then <c>viewed</c>).</summary>
    [Alias("constancia")]
    Task<Constancia> Constancia(Actor actor);

    /// <summary>What a genuine constancia prints, or null when the case has no constancia with this folio and code. Anonymous; nothing recorded.</summary>
    [Alias("verify-constancia")]
    Task<ConstanciaVerification?> VerifyConstancia(string folio, string code);
}
