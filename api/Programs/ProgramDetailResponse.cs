using Reception.Contracts.Programs;
using Reception.Contracts.Shared;

namespace Reception.Api.Programs;

/// <summary><c>GET /api/programs/{id}</c>: the program summary's fields plus its queue (urgent first, then longest waiting).</summary>
public sealed record ProgramDetailResponse(
    string Id,
    string Name,
    ProgramCategory Category,
    string Provider,
    IReadOnlyList<string> Points,
    IReadOnlyList<string> DestinationStates,
    int DailyCapacity,
    int Pending,
    int Accepted,
    ProgramCounts Today,
    DateTimeOffset AsOf,
    IReadOnlyList<ProgramQueueItem> Queue,
    int QueueTotal,
    // Child protection: the unaccompanied children referred to it (a manager sees only their own points'), overdue first.
    IReadOnlyList<ChildInCustody> Children,
    int CustodyOverdue,
    int ReunificationTargetHours)
{
    /// <summary>The detail as <paramref name="actor"/> may read it: a manager sees only the entries from their own points.</summary>
    public static ProgramDetailResponse For(Actor actor, QueueScope scope, ProgramDetail detail)
    {
        if (scope == QueueScope.All)
        {
            return From(detail, detail.Queue, detail.QueueTotal, detail.Children ?? []);
        }
        var mine = detail.Queue.Where(item => actor.SeesQueueEntry(scope, item.PointCode)).ToArray();
        var children = (detail.Children ?? []).Where(c => actor.SeesQueueEntry(scope, c.PointCode)).ToArray();
        return From(detail, mine, mine.Length, children);
    }

    public static ProgramDetailResponse From(ProgramDetail detail, IReadOnlyList<ProgramQueueItem> queue, int queueTotal, IReadOnlyList<ChildInCustody> children)
    {
        var s = detail.Summary;
        return new ProgramDetailResponse(s.Id, s.Name, s.Category, s.Provider, s.Points, s.DestinationStates, s.DailyCapacity,
            s.Pending, s.Accepted, s.Today, s.AsOf, queue, queueTotal, children, children.Count(c => c.Overdue),
            detail.ReunificationTargetHours);
    }
}
