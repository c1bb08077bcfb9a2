namespace Reception.Contracts.Returnees;

[GenerateSerializer, Alias("reception.english-level")]
public enum EnglishLevel
{
    None,
    Basic,
    Intermediate,
    Fluent,
}
