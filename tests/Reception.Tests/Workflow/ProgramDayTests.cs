using Reception.Grains.Programs;

namespace Reception.Tests.Workflow;

/// <summary>A program's day follows central Mexico time, not UTC.</summary>
public sealed class ProgramDayTests
{
    [Theory]
    [InlineData("2026-11-23T03:00:00Z", "2026-11-22")] // 21:00 in Mexico City: still the 22nd
    [InlineData("2026-11-23T05:59:00Z", "2026-11-22")]
    [InlineData("2026-11-23T06:00:00Z", "2026-11-23")] // local midnight
    public void The_day_turns_at_midnight_in_Mexico_City(string utc, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            ProgramRules.Day(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
