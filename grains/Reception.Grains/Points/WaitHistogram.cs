namespace Reception.Grains.Points;

/// <summary>
/// Fixed buckets for time to first service, so the median and 90th percentile need no stored samples. A quantile
/// is reported as the upper bound of the bucket it falls in (the last bucket reports its lower bound).
/// </summary>
internal static class WaitHistogram
{
    private static readonly long[] UpperBoundsSeconds =
        [5 * 60, 10 * 60, 15 * 60, 20 * 60, 30 * 60, 45 * 60, 3600, 90 * 60, 2 * 3600, 3 * 3600, 4 * 3600, 6 * 3600, 8 * 3600, 12 * 3600, 24 * 3600, 48 * 3600];

    public static int BucketCount => UpperBoundsSeconds.Length + 1;

    public static void Add(int[] buckets, TimeSpan wait)
    {
        var seconds = Math.Max(0, (long)wait.TotalSeconds);
        var index = Array.FindIndex(UpperBoundsSeconds, bound => seconds <= bound);
        buckets[index < 0 ? UpperBoundsSeconds.Length : index]++;
    }

    public static long? Quantile(int[] buckets, double q)
    {
        var total = buckets.Sum();
        if (total == 0)
        {
            return null;
        }
        var rank = Math.Max(1, (int)Math.Ceiling(q * total));
        var seen = 0;
        for (var i = 0; i < buckets.Length; i++)
        {
            seen += buckets[i];
            if (seen >= rank)
            {
                return i < UpperBoundsSeconds.Length ? UpperBoundsSeconds[i] : UpperBoundsSeconds[^1];
            }
        }
        return UpperBoundsSeconds[^1];
    }

    /// <summary>Exact quantile of a small in-memory sample (people waiting now).</summary>
    public static long? Quantile(List<long> sortedSeconds, double q) =>
        sortedSeconds.Count == 0 ? null : sortedSeconds[Math.Clamp((int)Math.Ceiling(q * sortedSeconds.Count) - 1, 0, sortedSeconds.Count - 1)];
}
