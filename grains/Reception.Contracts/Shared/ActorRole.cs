namespace Reception.Contracts.Shared;

[GenerateSerializer, Alias("reception.actor-role")]
public enum ActorRole
{
    Coordinator,
    PointManager,
    Provider,
    System,
}
