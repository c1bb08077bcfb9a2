namespace Reception.Bench;

public static class Stats
{
    /// <summary>Nearest-rank percentile (p in 0..100) of unsorted values; NaN when empty.</summary>
    public static double Percentile(IReadOnlyCollection<double> values, double p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }
        var sorted = values.OrderBy(v => v).ToArray();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static double Median(IEnumerable<double> values)
    {
        var list = values.Where(v => !double.IsNaN(v)).ToList();
        return list.Count == 0 ? double.NaN : Percentile(list, 50);
    }

    public static double Round(double value, int digits = 1) => double.IsNaN(value) ? double.NaN : Math.Round(value, digits);
}
