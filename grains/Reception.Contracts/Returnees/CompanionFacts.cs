namespace Reception.Contracts.Returnees;

/// <summary>
/// What registering a companion needs to know of the accompanying case (<see cref="IReturneeGrain.GetCompanionFacts"/>):
/// where it is, its age at arrival and its stage; no name.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.companion-facts")]
public sealed record CompanionFacts(
    [property: Id(0)] bool Registered,
    [property: Id(1)] string? PointCode,
    [property: Id(2)] int? Age,
    [property: Id(3)] Stage Stage,
    [property: Id(4)] string? FamilyGroupId);
