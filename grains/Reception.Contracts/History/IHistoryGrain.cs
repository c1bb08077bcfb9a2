using Reception.Contracts.Shared;

namespace Reception.Contracts.History;

/// <summary>
/// Daily figures of points and programs for any range of days, from the permanent record rather than the live
/// counters (which only hold today). A stateless worker: call it with <see cref="Key"/>.
/// </summary>
[Alias("reception.history")]
public interface IHistoryGrain : IGrainWithIntegerKey
{
    public const long Key = 0;

    /// <summary>
    /// Every local day of the point from <paramref name="from"/> to <paramref name="to"/> inclusive, oldest first
    /// (whoever may read the point; at most <see cref="Limits.MaxHistoryDays"/> days).
    /// </summary>
    [Alias("point-days")]
    Task<IReadOnlyList<PointDay>> GetPointDays(string pointCode, DateOnly from, DateOnly to, Actor actor);

    /// <summary>
    /// Every day of the program from <paramref name="from"/> to <paramref name="to"/> inclusive, oldest first
    /// (whoever may read the program's detail; at most <see cref="Limits.MaxHistoryDays"/> days).
    /// </summary>
    [Alias("program-days")]
    Task<IReadOnlyList<ProgramDay>> GetProgramDays(string programId, DateOnly from, DateOnly to, Actor actor);
}
