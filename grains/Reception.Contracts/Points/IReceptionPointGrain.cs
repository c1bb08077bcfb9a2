using Reception.Contracts.LiveFeed;
using Reception.Contracts.Shared;

namespace Reception.Contracts.Points;

/// <summary>A reception point, keyed by its code (e.g. <c>TIJ</c>).</summary>
[Alias("reception.point")]
public interface IReceptionPointGrain : IGrainWithStringKey
{
    /// <summary>Creates or updates the point; registers it in the catalog.</summary>
    [Alias("configure")]
    Task<PointSummary> Configure(PointProfile profile);

    [Alias("summary")]
    Task<PointSummary> GetSummary();

    [Alias("detail")]
    Task<PointDetail> GetDetail();

    [Alias("capacity")]
    Task<PointSummary> SetCapacity(PointCapacity capacity, Actor actor);

    [Alias("notice")]
    Task<Notice> RecordNotice(NoticeCommand notice, Actor actor, string? idempotencyKey = null);

    /// <summary>Delivery from a returnee grain's outbox; acknowledged only once durably written.</summary>
    [AlwaysInterleave, Alias("apply-case")]
    Task ApplyCase(CaseUpdate update);

    [Alias("subscribe")]
    Task Subscribe(ILiveFeedObserver observer);

    [Alias("unsubscribe")]
    Task Unsubscribe(ILiveFeedObserver observer);
}
