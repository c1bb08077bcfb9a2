using Reception.Contracts.LiveFeed;
using Reception.Contracts.Shared;

namespace Reception.Contracts.Points;

/// <summary>A reception point, keyed by its code (e.g. <c>TIJ</c>).</summary>
[Alias("reception.point")]
public interface IReceptionPointGrain : IGrainWithStringKey
{
    /// <summary>Creates or updates the point; registers it in the catalog.</summary>
    [Alias("configure")]
    Task<PointSummary> Configure(PointProfile profile, Actor? actor = null);

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

    /// <summary>
    /// Calls the most urgent person waiting for the interview (the queue's order: level, score, wait) to
    /// <paramref name="desk"/>; null when nobody waits. The desk's previous person, if still waiting, goes back to the
    /// queue. Two desks never get the same person: the choice is made in one turn of this grain.
    /// </summary>
    [Alias("call-next")]
    Task<DeskCall?> CallNext(string desk, Actor actor);

    /// <summary>Calls a given person waiting at the point to <paramref name="desk"/>.</summary>
    [Alias("call-to-desk")]
    Task<DeskCall> CallToDesk(string caseId, string desk, Actor actor);

    /// <summary>Sends a person called to a desk back to the queue.</summary>
    [Alias("return-to-queue")]
    Task ReturnToQueue(string caseId, Actor actor);

    [Alias("subscribe")]
    Task Subscribe(ILiveFeedObserver observer);

    [Alias("unsubscribe")]
    Task Unsubscribe(ILiveFeedObserver observer);
}
