using Reception.Contracts.Points;

namespace Reception.Contracts.History;

/// <summary>
/// One local day at a point, computed from the permanent record (docs/record.md, "Daily figures"): the same counts
/// as the point's live <see cref="PointCounts"/>, the time from arrival to first service of the people first served
/// that day (median and 90th percentile from the same fixed-bucket histogram as <see cref="WaitStats"/>; null with
/// no sample) and the needs no program could meet, by category (most frequent first). A day with nothing has zeros.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.point-day")]
public sealed record PointDay(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] PointCounts Counts,
    [property: Id(2)] int FirstServiceSamples,
    [property: Id(3)] long? FirstServiceMedianSeconds,
    [property: Id(4)] long? FirstServiceP90Seconds,
    [property: Id(5)] IReadOnlyList<UnmetNeedCount> UnmetNeeds);
