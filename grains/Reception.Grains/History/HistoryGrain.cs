using Reception.Contracts.History;
using Reception.Contracts.Points;
using Reception.Contracts.Programs;
using Reception.Grains.Catalog;
using Reception.Grains.Points;
using Reception.Grains.Records;

namespace Reception.Grains.History;

/// <summary>
/// Answers daily figures from the record: checks who asks (<see cref="Permissions"/>), the range and that the point
/// or program exists, then reads <see cref="IDailyFigures"/>. Stateless, so reads spread over the silos' workers.
/// </summary>
[StatelessWorker, GrainType("reception.history")]
internal sealed class HistoryGrain(IDailyFigures figures, ICatalogCache catalog) : Grain, IHistoryGrain
{
    public async Task<IReadOnlyList<PointDay>> GetPointDays(string pointCode, DateOnly from, DateOnly to, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var code = pointCode?.Trim().ToUpperInvariant() ?? "";
        actor.RequireReadPoint(code);
        HistoryRules.ValidateRange(from, to);
        if (await catalog.FindPointAsync(code) is null)
        {
            throw ReceptionException.NotFound(ProblemCodes.PointNotFound, ("point", code));
        }
        var days = await figures.PointDaysAsync(code, from, to);
        return days.Select(Day).ToList();
    }

    public async Task<IReadOnlyList<ProgramDay>> GetProgramDays(string programId, DateOnly from, DateOnly to, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var id = programId ?? "";
        actor.RequireProgramQueue(id);
        HistoryRules.ValidateRange(from, to);
        if (await catalog.FindProgramAsync(id) is null)
        {
            throw ReceptionException.NotFound(ProblemCodes.ProgramNotFound, ("program", id));
        }
        return await figures.ProgramDaysAsync(id, from, to);
    }

    /// <summary>The waits go through the live view's histogram, so a past day reads exactly as it did live.</summary>
    private static PointDay Day(PointDayFigures day)
    {
        var buckets = new int[WaitHistogram.BucketCount];
        foreach (var seconds in day.FirstServiceWaitSeconds)
        {
            WaitHistogram.Add(buckets, TimeSpan.FromSeconds(seconds));
        }
        var unmet = day.UnmetNeeds
            .Select(n => (Known: Enum.TryParse<ProgramCategory>(n.Key, ignoreCase: true, out var category), Category: category, Count: n.Value))
            .Where(n => n.Known && n.Count > 0)
            .OrderByDescending(n => n.Count).ThenBy(n => n.Category)
            .Select(n => new UnmetNeedCount(n.Category, n.Count))
            .ToList();
        return new PointDay(day.Date, day.Counts, buckets.Sum(), WaitHistogram.Quantile(buckets, 0.5), WaitHistogram.Quantile(buckets, 0.9), unmet);
    }
}
