namespace Reception.Api.LiveFeed;

public enum FeedKind
{
    Point,
    Program,
    National,
}

/// <summary>
/// What a hub connection watches: a point, a program or the national picture; one SignalR group each. A program
/// watched by a point manager is narrowed to their points (<see cref="Points"/>, sorted and joined with "+"): that
/// group gets only the referrals from those points (<see cref="Contracts.Shared.QueueScope.OwnPoints"/>).
/// </summary>
public readonly record struct FeedTarget(FeedKind Kind, string Key, string? Points = null)
{
    public static FeedTarget Point(string code) => new(FeedKind.Point, code);

    public static FeedTarget Program(string id) => new(FeedKind.Program, id);

    public static FeedTarget ProgramAtPoints(string id, IEnumerable<string> points) =>
        new(FeedKind.Program, id, string.Join("+", points.Order(StringComparer.Ordinal)));

    public static readonly FeedTarget National = new(FeedKind.National, "MX");

    /// <summary>The points a narrowed program feed shows; empty for every other target.</summary>
    public IReadOnlyList<string> PointCodes => Points is null ? [] : Points.Split('+');

    public string Group => Kind switch
    {
        FeedKind.Point => $"point:{Key}",
        FeedKind.Program when Points is not null => $"program:{Key}@{Points}",
        FeedKind.Program => $"program:{Key}",
        _ => "national",
    };
}
