namespace Reception.Contracts.Shared;

/// <summary>Who is asking: every command and read carries one; grains authorise with it.</summary>
[GenerateSerializer, Immutable, Alias("reception.actor")]
public sealed record Actor(
    [property: Id(0)] string UserName,
    [property: Id(1)] ActorRole Role,
    [property: Id(2)] IReadOnlyList<string> PointCodes,
    [property: Id(3)] IReadOnlyList<string> ProgramIds)
{
    public static Actor System(string userName = "system") => new(userName, ActorRole.System, [], []);

    public static Actor Coordinator(string userName) => new(userName, ActorRole.Coordinator, [], []);

    public static Actor Administrator(string userName) => new(userName, ActorRole.Administrator, [], []);

    public static Actor Manager(string userName, params string[] pointCodes) => new(userName, ActorRole.PointManager, pointCodes, []);

    public static Actor Provider(string userName, params string[] programIds) => new(userName, ActorRole.Provider, [], programIds);

    public bool ManagesPoint(string pointCode) =>
        Role == ActorRole.System || (Role == ActorRole.PointManager && PointCodes.Contains(pointCode, StringComparer.OrdinalIgnoreCase));

    public bool WorksForProgram(string programId) =>
        Role == ActorRole.System || (Role == ActorRole.Provider && ProgramIds.Contains(programId, StringComparer.Ordinal));
}
