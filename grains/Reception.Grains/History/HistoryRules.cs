namespace Reception.Grains.History;

/// <summary>What a range of days must be: its first day not after its last, and at most <see cref="Limits.MaxHistoryDays"/> days.</summary>
internal static class HistoryRules
{
    public static void ValidateRange(DateOnly from, DateOnly to)
    {
        var days = to.DayNumber - from.DayNumber + 1;
        new FieldErrors()
            .AddIf(days < 1, "to", ProblemCodes.RangeReversed, ("from", from), ("to", to))
            .AddIf(days > Limits.MaxHistoryDays, "to", ProblemCodes.RangeTooLong, ("days", days), ("max", Limits.MaxHistoryDays))
            .ThrowIfAny();
    }
}
