namespace Reception.Tests.Rights;

/// <summary>
/// A clock the test sets, years ahead at once. Only the time of day moves: timers keep running on real time, so a jump of
/// five years does not fire the points' and programs' periodic timers millions of times, as a FakeTimeProvider would.
/// </summary>
public sealed class SettableClock(DateTimeOffset start) : TimeProvider
{
    private long _utcTicks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _utcTicks, by.Ticks);

    /// <summary>Moves the clock to <paramref name="at"/>, never back (the tests of one engine share the clock).</summary>
    public void SetUtcNow(DateTimeOffset at)
    {
        if (at < GetUtcNow())
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"The clock is already at {GetUtcNow():O}.");
        }
        Interlocked.Exchange(ref _utcTicks, at.UtcTicks);
    }
}
