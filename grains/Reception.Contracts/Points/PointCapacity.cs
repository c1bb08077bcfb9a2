namespace Reception.Contracts.Points;

[GenerateSerializer, Immutable, Alias("reception.point-capacity")]
public sealed record PointCapacity(
    [property: Id(0)] int ShelterBeds,
    [property: Id(1)] int IntakeDesks,
    [property: Id(2)] int UsualDailyArrivals = 0);
