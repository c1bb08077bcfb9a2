namespace Reception.Contracts.Points;

/// <summary>
/// Time from arrival to first service today (from a fixed-bucket histogram: each quantile is the upper bound
/// of its bucket) and the current wait of people present who have not been served yet. Null when there is no sample.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.wait-stats")]
public sealed record WaitStats(
    [property: Id(0)] int FirstServiceSamples,
    [property: Id(1)] long? FirstServiceMedianSeconds,
    [property: Id(2)] long? FirstServiceP90Seconds,
    [property: Id(3)] int Waiting,
    [property: Id(4)] long? WaitingMedianSeconds,
    [property: Id(5)] long? WaitingP90Seconds);
