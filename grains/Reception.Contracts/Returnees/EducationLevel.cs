namespace Reception.Contracts.Returnees;

[GenerateSerializer, Alias("reception.education-level")]
public enum EducationLevel
{
    None,
    Primary,
    Secondary,
    HighSchool,
    Technical,
    University,
    Postgraduate,
}
