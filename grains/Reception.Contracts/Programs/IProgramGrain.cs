using Reception.Contracts.Shared;
using Reception.Contracts.LiveFeed;

namespace Reception.Contracts.Programs;

/// <summary>A service program, keyed by its id (lower-case kebab, e.g. <c>dif-proteccion-ninez</c>).</summary>
[Alias("reception.program")]
public interface IProgramGrain : IGrainWithStringKey
{
    [Alias("configure")]
    Task<ProgramSummary> Configure(ProgramProfile profile, Actor? actor = null);

    [Alias("summary")]
    Task<ProgramSummary> GetSummary();

    [Alias("detail")]
    Task<ProgramDetail> GetDetail();

    /// <summary>Delivery from a returnee grain's outbox; acknowledged only once durably written.</summary>
    [AlwaysInterleave, Alias("apply-referral")]
    Task ApplyReferral(ReferralUpdate update);

    [Alias("subscribe")]
    Task Subscribe(ILiveFeedObserver observer);

    [Alias("unsubscribe")]
    Task Unsubscribe(ILiveFeedObserver observer);
}
