using Reception.Grains.Storage;

namespace Reception.Grains.Shared;

/// <summary>
/// How points and programs forget: a tombstone (the last version seen of a departed case or a finished referral)
/// keeps a late or redelivered update from bringing it back. Tombstones older than <see cref="Retention"/> go, and
/// beyond <see cref="Max"/> the oldest go. Both passes touch every tombstone, so <see cref="VersionedMirror{TState, TEntry}"/> runs
/// them once a minute or once the cap is exceeded by a whole <see cref="Slack"/>: trimming on every new tombstone past the cap sorted
/// 20,000 of them per departure, and the benchmark measured arrivals three times as expensive with that many.
/// </summary>
internal static class TombstonePruning
{
    public const int Max = 20_000;
    public const int Slack = 1_000;
    public static readonly TimeSpan Retention = TimeSpan.FromHours(48);

    public static bool OverCap(TrackedMap<Tombstone> tombstones) => tombstones.Count > Max + Slack;

    public static void Prune(TrackedMap<Tombstone> tombstones, DateTimeOffset now)
    {
        foreach (var id in tombstones.Where(t => t.Value.At < now - Retention).Select(t => t.Key).ToList())
        {
            tombstones.Remove(id);
        }
        if (tombstones.Count > Max)
        {
            foreach (var id in tombstones.OrderBy(t => t.Value.At).Take(tombstones.Count - Max).Select(t => t.Key).ToList())
            {
                tombstones.Remove(id);
            }
        }
    }
}
