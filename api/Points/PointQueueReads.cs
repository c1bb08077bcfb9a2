using Reception.Contracts.Points;
using Reception.Contracts.Records;
using Reception.Contracts.Shared;

namespace Reception.Api.Points;

/// <summary>
/// A point's detail lists the people present by name: every read of it (the page and a live-feed subscription) is
/// recorded in the access log as one entry for the point, with how many people it listed.
/// </summary>
internal static class PointQueueReads
{
    public const string Action = "queueListed";

    public static async Task<PointDetail> ReadAsync(IClusterClient cluster, Actor actor, string code)
    {
        var detail = await cluster.GetGrain<IReceptionPointGrain>(code).GetDetail();
        await cluster.GetGrain<IAccessLogGrain>(0).Record(actor, Action, $"point:{code}", detail.Queue.Count);
        return detail;
    }
}
