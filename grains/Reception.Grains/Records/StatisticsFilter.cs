namespace Reception.Grains.Records;

/// <summary>
/// Which cases a statistics query counts: arrival local day from <paramref name="From"/> to <paramref name="To"/>
/// inclusive; at <paramref name="Points"/> (null: every point); referrals only to <paramref name="Programs"/>
/// (null: every program); only cases heading to <paramref name="DestinationState"/> when given.
/// </summary>
public sealed record StatisticsFilter(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<string>? Points,
    IReadOnlyList<string>? Programs = null,
    string? DestinationState = null);
