namespace Reception.Contracts.Returnees;

/// <summary>What a CURP encodes: date of birth (null when the digits are not a real day), sex (null for X) and the RENAPO state code.</summary>
public sealed record CurpFacts(DateOnly? DateOfBirth, Sex? Sex, string StateCode);
