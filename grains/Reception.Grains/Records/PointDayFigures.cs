using Reception.Contracts.Points;

namespace Reception.Grains.Records;

/// <summary>
/// A point's local day as the record holds it: the counts, the waits from arrival to first service of the people
/// first served that day (seconds, unordered; the history grain turns them into the live view's histogram) and the
/// unmet needs first recorded that day by category API name.
/// </summary>
public sealed record PointDayFigures(
    DateOnly Date,
    PointCounts Counts,
    IReadOnlyList<long> FirstServiceWaitSeconds,
    IReadOnlyDictionary<string, int> UnmetNeeds);
