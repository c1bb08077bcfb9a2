namespace Reception.Contracts.People;

/// <summary>
/// An earlier return that may be the same person as an arrival, with only what the desk needs to decide: names,
/// date of birth or estimated age, and the point and date of that return. <see cref="Reasons"/> are codes
/// (<c>curp</c>, <c>sameDateOfBirth</c>, <c>surnamesTransposed</c>…) the dashboard words; <see cref="Likely"/>
/// when <see cref="Score"/> (0–100) reaches the matcher's threshold.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.person-match")]
public sealed record PersonMatchView(
    [property: Id(0)] string CaseId,
    [property: Id(1)] string PersonId,
    [property: Id(2)] int Score,
    [property: Id(3)] IReadOnlyList<string> Reasons,
    [property: Id(4)] bool Likely,
    [property: Id(5)] string GivenNames,
    [property: Id(6)] string Surnames,
    [property: Id(7)] DateOnly? DateOfBirth,
    [property: Id(8)] int? EstimatedAge,
    [property: Id(9)] string PointCode,
    [property: Id(10)] DateTimeOffset ArrivedAt,
    // The IANA zone of that return's point (from the catalog), in which its arrival is shown.
    [property: Id(11)] string? TimeZone = null);
