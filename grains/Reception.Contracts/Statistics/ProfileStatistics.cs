namespace Reception.Contracts.Statistics;

/// <summary>
/// The profile of the cases that arrived in the period, from their latest assessment. <see cref="Cases"/> are the
/// case records of the filter, <see cref="Assessed"/> those with an assessment; for every dimension but
/// <c>documentsHeld</c> the rows add up to <see cref="Assessed"/> (a person holds several documents, or
/// <c>none</c>).
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.profile-statistics")]
public sealed record ProfileStatistics(
    [property: Id(0)] DateOnly From,
    [property: Id(1)] DateOnly To,
    [property: Id(2)] string? Point,
    [property: Id(3)] string? DestinationState,
    [property: Id(4)] IReadOnlyList<ProfileRow> Rows,
    [property: Id(5)] int Cases,
    [property: Id(6)] int Assessed);

/// <summary>
/// Assessed cases of a destination state and point with <see cref="Value"/> in <see cref="Dimension"/>:
/// <c>educationLevel</c>, <c>englishLevel</c>, <c>documentsHeld</c> (API names), <c>occupation</c> (lower case as
/// declared, <c>notStated</c>) or <c>yearsAbroad</c> (<c>0-1</c>, <c>2-4</c>, <c>5-9</c>, <c>10-19</c>, <c>20+</c>).
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.profile-row")]
public sealed record ProfileRow(
    [property: Id(0)] string? DestinationState,
    [property: Id(1)] string Point,
    [property: Id(2)] string Dimension,
    [property: Id(3)] string Value,
    [property: Id(4)] int Cases);
