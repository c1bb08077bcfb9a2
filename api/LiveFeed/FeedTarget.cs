namespace Reception.Api.LiveFeed;

public enum FeedKind
{
    Point,
    Program,
    National,
}

/// <summary>What a hub connection watches: a point, a program or the national picture; one SignalR group each.</summary>
public readonly record struct FeedTarget(FeedKind Kind, string Key)
{
    public static FeedTarget Point(string code) => new(FeedKind.Point, code);

    public static FeedTarget Program(string id) => new(FeedKind.Program, id);

    public static readonly FeedTarget National = new(FeedKind.National, "MX");

    public string Group => Kind switch
    {
        FeedKind.Point => $"point:{Key}",
        FeedKind.Program => $"program:{Key}",
        _ => "national",
    };
}
