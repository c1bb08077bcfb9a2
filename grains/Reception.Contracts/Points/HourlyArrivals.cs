namespace Reception.Contracts.Points;

[GenerateSerializer, Immutable, Alias("reception.hourly-arrivals")]
public sealed record HourlyArrivals(
    [property: Id(0)] DateTimeOffset HourStart,
    [property: Id(1)] int Arrivals);
