using Reception.Contracts.Programs;

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
    int QueueTotal)
{
    public static ProgramDetailResponse From(ProgramDetail detail, IReadOnlyList<ProgramQueueItem> queue, int queueTotal)
    {
        var s = detail.Summary;
        return new ProgramDetailResponse(s.Id, s.Name, s.Category, s.Provider, s.Points, s.DestinationStates, s.DailyCapacity,
            s.Pending, s.Accepted, s.Today, s.AsOf, queue, queueTotal);
    }
}
