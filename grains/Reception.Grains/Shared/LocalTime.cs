using System.Collections.Concurrent;

namespace Reception.Grains.Shared;

/// <summary>Local dates at a point, from its IANA time zone (UTC when the zone is unknown to this machine).</summary>
internal static class LocalTime
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo> Zones = new(StringComparer.Ordinal);

    public static TimeZoneInfo Zone(string timeZoneId) =>
        Zones.GetOrAdd(timeZoneId, id => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc);

    public static bool IsKnown(string timeZoneId) => TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _);

    public static DateOnly Date(string timeZoneId, DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone(timeZoneId)).DateTime);
}
