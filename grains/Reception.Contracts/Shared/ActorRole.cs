namespace Reception.Contracts.Shared;

[GenerateSerializer, Alias("reception.actor-role")]
public enum ActorRole
{
    Coordinator,
    PointManager,
    Provider,
    System,

    /// <summary>Defines points, programs and accounts; reads no person's data.</summary>
    Administrator,
}
