namespace Reception.Contracts.Statistics;

/// <summary>Arrivals per interval and point (only intervals with arrivals are listed), and their totals.</summary>
[GenerateSerializer, Immutable, Alias("reception.flows")]
public sealed record Flows(
    [property: Id(0)] DateOnly From,
    [property: Id(1)] DateOnly To,
    [property: Id(2)] StatisticsInterval Interval,
    [property: Id(3)] string? Point,
    [property: Id(4)] IReadOnlyList<FlowRow> Rows,
    [property: Id(5)] FlowTotals Totals);

/// <summary>
/// Arrivals at a point in the interval starting <see cref="PeriodStart"/> (the day, the week's Monday or the
/// month's first day; the first interval may start before the period). <see cref="ArrivalsWithNotice"/> are the
/// arrivals registered against an advance notice (the notices' announced headcounts are not in the record).
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.flow-row")]
public sealed record FlowRow(
    [property: Id(0)] DateOnly PeriodStart,
    [property: Id(1)] string Point,
    [property: Id(2)] int Arrivals,
    [property: Id(3)] int ArrivalsWithNotice);

/// <summary>The flows' totals: equal to the case records of the period and points.</summary>
[GenerateSerializer, Immutable, Alias("reception.flow-totals")]
public sealed record FlowTotals(
    [property: Id(0)] int Arrivals,
    [property: Id(1)] int ArrivalsWithNotice);
