namespace Reception.Contracts.Statistics;

/// <summary>
/// What a statistics request covers: the cases whose arrival's local day is from <see cref="From"/> to
/// <see cref="To"/> inclusive, at <see cref="Point"/> (null: every point the asker may read).
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.statistics-period")]
public sealed record StatisticsPeriod(
    [property: Id(0)] DateOnly From,
    [property: Id(1)] DateOnly To,
    [property: Id(2)] string? Point);
