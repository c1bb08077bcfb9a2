namespace Reception.Contracts.Statistics;

/// <summary>
/// The official bulletin's table for a period: one row per combination that has cases. <see cref="Totals"/> are
/// the case records (events) and distinct people of the same filter; the rows' events add up to the total's.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.bulletin")]
public sealed record Bulletin(
    [property: Id(0)] DateOnly From,
    [property: Id(1)] DateOnly To,
    [property: Id(2)] string? Point,
    [property: Id(3)] DateTimeOffset GeneratedAt,
    [property: Id(4)] IReadOnlyList<BulletinRow> Rows,
    [property: Id(5)] StatisticsTotals Totals);

/// <summary>
/// One cell of the bulletin. <see cref="State"/> is the state of the point of reception; <see cref="AgeGroup"/> is
/// <c>0-11</c>, <c>12-17</c>, <c>18+</c> or <c>unknown</c>; <see cref="Accompaniment"/> is <c>accompanied</c>,
/// <c>unaccompanied</c> (minors) or <c>notApplicable</c> (adults, unknown age); <see cref="OriginState"/> is null
/// when unknown. <see cref="Events"/> counts case records, <see cref="People"/> distinct persons (a case not linked
/// to a person counts as one).
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.bulletin-row")]
public sealed record BulletinRow(
    [property: Id(0)] string? State,
    [property: Id(1)] string Point,
    [property: Id(2)] string Sex,
    [property: Id(3)] string AgeGroup,
    [property: Id(4)] string Accompaniment,
    [property: Id(5)] string? OriginState,
    [property: Id(6)] int Events,
    [property: Id(7)] int People);

/// <summary>Case records (events) and distinct people for a filter.</summary>
[GenerateSerializer, Immutable, Alias("reception.statistics-totals")]
public sealed record StatisticsTotals(
    [property: Id(0)] int Events,
    [property: Id(1)] int People);
