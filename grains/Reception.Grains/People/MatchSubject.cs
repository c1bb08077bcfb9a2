using Reception.Contracts.Returnees;

namespace Reception.Grains.People;

/// <summary>What the matcher compares of one return: the person as the desk recorded them that time.</summary>
public sealed record MatchSubject(string GivenNames, string Surnames, Sex Sex, DateOnly? DateOfBirth, int? EstimatedAge, DateOnly ArrivedOn, string? Curp);
