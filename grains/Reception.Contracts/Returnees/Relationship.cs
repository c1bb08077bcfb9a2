namespace Reception.Contracts.Returnees;

/// <summary>
/// Who an accompanying adult (or, at reunification, the relative who receives the child) is to the person.
/// A minor with <see cref="OtherAdult"/> is flagged for child-protection review.
/// </summary>
[GenerateSerializer, Alias("reception.relationship")]
public enum Relationship
{
    Mother,
    Father,
    LegalGuardian,
    OtherRelative,
    OtherAdult,
}
