using Reception.Contracts.Points;

namespace Reception.Contracts.National;

[GenerateSerializer, Immutable, Alias("reception.national-picture")]
public sealed record NationalPicture(
    [property: Id(0)] IReadOnlyList<PointSummary> Points,
    [property: Id(1)] NationalTotals Totals,
    [property: Id(2)] DateTimeOffset AsOf);
