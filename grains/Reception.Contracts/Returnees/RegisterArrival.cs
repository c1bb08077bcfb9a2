using Reception.Contracts.Points;

namespace Reception.Contracts.Returnees;

/// <summary>
/// Registers a person arriving at <see cref="PointCode"/>. A person under 18 (by date of birth or estimated age)
/// with no <see cref="AccompanyingCaseId"/> is an unaccompanied minor whether or not the flag is sent. An
/// <see cref="Unidentified"/> person has no names (empty strings) until a correction identifies them.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.register-arrival")]
public sealed record RegisterArrival(
    [property: Id(0)] string PointCode,
    [property: Id(1)] string GivenNames,
    [property: Id(2)] string Surnames,
    [property: Id(3)] Sex Sex,
    [property: Id(4)] DateOnly? DateOfBirth = null,
    [property: Id(5)] int? EstimatedAge = null,
    [property: Id(6)] string? Curp = null,
    [property: Id(7)] string? AccompanyingCaseId = null,
    [property: Id(8)] IReadOnlyList<Vulnerability>? Vulnerabilities = null,
    [property: Id(9)] string? NoticeId = null,
    [property: Id(10)] TransportMode? Transport = null,
    // The state the person declares as their origin; the record uses the CURP's state of birth when there is one.
    [property: Id(11)] string? OriginState = null,
    // Who the accompanying adult is to the person; required with an accompanying case.
    [property: Id(12)] Relationship? Relationship = null,
    // People arriving together share it (chosen by the client); a companion's group is inherited when it is left out.
    [property: Id(13)] string? FamilyGroupId = null,
    // The person of an earlier return the desk confirmed this arrival to be (from the candidates it was shown).
    [property: Id(14)] string? PersonId = null,
    // The people of earlier returns the desk said this arrival is not: recorded in the case's events.
    [property: Id(15)] IReadOnlyList<string>? RejectedPersonIds = null,
    // A person who cannot or will not give a name: registered without names, with a short description.
    [property: Id(16)] bool Unidentified = false,
    [property: Id(17)] string? Description = null,
    // Whether the desk gave the person the privacy notice (null: not said, recorded as not given).
    [property: Id(18)] bool? PrivacyNoticeGiven = null);
