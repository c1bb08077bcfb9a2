using Reception.Contracts.History;

namespace Reception.Grains.Records;

/// <summary>
/// Daily figures read from the permanent record (the tables of postgres/006 and sqlite/005), one implementation
/// per engine in the silo. Every day of the range is present, oldest first; a day with nothing has zeros.
/// </summary>
public interface IDailyFigures
{
    /// <summary>The point's local days from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    Task<IReadOnlyList<PointDayFigures>> PointDaysAsync(string pointCode, DateOnly from, DateOnly to);

    /// <summary>The program's days (programs' reporting zone) from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    Task<IReadOnlyList<ProgramDay>> ProgramDaysAsync(string programId, DateOnly from, DateOnly to);
}
