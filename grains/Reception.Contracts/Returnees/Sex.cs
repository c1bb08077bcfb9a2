namespace Reception.Contracts.Returnees;

[GenerateSerializer, Alias("reception.sex")]
public enum Sex
{
    Female,
    Male,
    Unspecified,
}
