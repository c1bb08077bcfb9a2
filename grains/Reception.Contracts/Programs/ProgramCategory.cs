namespace Reception.Contracts.Programs;

[GenerateSerializer, Alias("reception.program-category")]
public enum ProgramCategory
{
    Documents,
    Health,
    Shelter,
    Employment,
    Education,
    Psychosocial,
    ChildProtection,
    LegalAid,
    Transport,
    Entrepreneurship,
    Food,
}
