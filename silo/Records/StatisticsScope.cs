namespace Reception.Silo.Records;

/// <summary>
/// A filter split for the bulletin (<see cref="StatisticsSql.Counted"/>), each part a condition on alias <c>c</c>
/// with its parameters already on the command: <see cref="Cases"/> the period's cases (and rows of
/// <c>reception_statistics_repeat</c>); <see cref="Months"/> the rows of <c>reception_statistics_month</c> of the
/// months wholly inside the period, null when there is none or the filter has what those rows do not (a
/// destination state): then the cases are counted one by one; <see cref="PartialMonths"/> the cases of the days
/// before and after those months, one condition a range of days (each read from the covering index alone).
/// </summary>
internal sealed record StatisticsScope(string Cases, string? Months = null, IReadOnlyList<string>? PartialMonths = null)
{
    /// <summary>
    /// The months wholly inside <paramref name="from"/>..<paramref name="to"/> as their first days, and the days of
    /// the period before and after them (none, one or two ranges); null when no whole month is inside.
    /// </summary>
    public static (DateOnly FirstMonth, DateOnly LastMonth, IReadOnlyList<(DateOnly From, DateOnly To)> Days)? Split(DateOnly from, DateOnly to)
    {
        var firstWhole = from.Day == 1 ? from : new DateOnly(from.Year, from.Month, 1).AddMonths(1);
        var afterLastWhole = to < DateOnly.MaxValue && to.AddDays(1).Day == 1 ? to.AddDays(1) : new DateOnly(to.Year, to.Month, 1);
        if (afterLastWhole <= firstWhole)
        {
            return null;
        }
        var days = new List<(DateOnly, DateOnly)>();
        if (from < firstWhole)
        {
            days.Add((from, firstWhole.AddDays(-1)));
        }
        if (afterLastWhole <= to)
        {
            days.Add((afterLastWhole, to));
        }
        return (firstWhole, afterLastWhole.AddMonths(-1), days);
    }
}
