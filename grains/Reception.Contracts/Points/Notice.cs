namespace Reception.Contracts.Points;

/// <summary>A recorded notice; <see cref="Arrived"/> counts the arrivals registered against it, to compare expected and actual.</summary>
[GenerateSerializer, Immutable, Alias("reception.notice")]
public sealed record Notice(
    [property: Id(0)] string Id,
    [property: Id(1)] string PointCode,
    [property: Id(2)] DateTimeOffset ExpectedAt,
    [property: Id(3)] int Headcount,
    [property: Id(4)] int Minors,
    [property: Id(5)] TransportMode Transport,
    [property: Id(6)] string? Reference,
    [property: Id(7)] DateTimeOffset RecordedAt,
    [property: Id(8)] string RecordedBy,
    [property: Id(9)] int Arrived);
