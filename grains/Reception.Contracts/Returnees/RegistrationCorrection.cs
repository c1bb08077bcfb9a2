namespace Reception.Contracts.Returnees;

/// <summary>
/// A rectification of the registration (the person's right to correct their data): only the fields given change;
/// the reason is required and kept with the old and new values in the case's events. Names given to an
/// unidentified person identify them.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.registration-correction")]
public sealed record RegistrationCorrection(
    [property: Id(0)] string Reason,
    [property: Id(1)] string? GivenNames = null,
    [property: Id(2)] string? Surnames = null,
    [property: Id(3)] DateOnly? DateOfBirth = null,
    [property: Id(4)] int? EstimatedAge = null,
    [property: Id(5)] Sex? Sex = null,
    [property: Id(6)] string? Curp = null,
    [property: Id(7)] string? OriginState = null);
