using Reception.Contracts.Returnees;

namespace Reception.Grains.Shared;

/// <summary>Queue order everywhere: priority level, then score within the level, then longest waiting.</summary>
internal static class Ordering
{
    public static IOrderedEnumerable<T> ByUrgency<T>(this IEnumerable<T> items, Func<T, Priority> priority, Func<T, int> score, Func<T, DateTimeOffset> since) =>
        items.OrderByDescending(priority).ThenByDescending(score).ThenBy(since);
}
