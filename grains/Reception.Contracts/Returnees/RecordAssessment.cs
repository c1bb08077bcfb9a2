using Reception.Contracts.Programs;

namespace Reception.Contracts.Returnees;

/// <summary>The needs assessment. <see cref="Needs"/> are expressed as program categories.</summary>
[GenerateSerializer, Immutable, Alias("reception.record-assessment")]
public sealed record RecordAssessment(
    [property: Id(0)] EducationLevel EducationLevel,
    [property: Id(1)] string? Occupation,
    [property: Id(2)] IReadOnlyList<string>? Skills,
    [property: Id(3)] int YearsAbroad,
    [property: Id(4)] EnglishLevel EnglishLevel,
    [property: Id(5)] IReadOnlyList<DocumentType>? DocumentsHeld,
    [property: Id(6)] string DestinationState,
    [property: Id(7)] string? DestinationMunicipality,
    [property: Id(8)] IReadOnlyList<ProgramCategory>? Needs,
    [property: Id(9)] bool ConsentToShare,
    [property: Id(10)] bool? FamilyInMexico = null,
    [property: Id(11)] string? ImmediateNeeds = null);
