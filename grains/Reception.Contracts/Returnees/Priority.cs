namespace Reception.Contracts.Returnees;

[GenerateSerializer, Alias("reception.priority")]
public enum Priority
{
    Normal,
    High,
    Urgent,
}
