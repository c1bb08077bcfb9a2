using Reception.Contracts.Programs;
using Reception.Contracts.Statistics;
using Reception.Grains.Catalog;
using Reception.Grains.History;
using Reception.Grains.Points;
using Reception.Grains.Records;

namespace Reception.Grains.Statistics;

/// <summary>
/// Answers statistics from the record: checks who asks (<see cref="Permissions"/>), the period (the daily figures'
/// rules, <see cref="HistoryRules"/>), the point and the state, narrows the filter to what the asker may read, then
/// reads <see cref="IStatistics"/>. Stateless, so reads spread over the silos' workers.
/// </summary>
[StatelessWorker, GrainType("reception.statistics")]
internal sealed class StatisticsGrain(IStatistics statistics, ICatalogCache catalog, TimeProvider time) : Grain, IStatisticsGrain
{
    public async Task<Bulletin> GetBulletin(StatisticsPeriod period, Actor actor)
    {
        var filter = await PeopleFilterAsync(period, actor);
        // Each read has its own connection: the cells and the totals are counted at the same time, on two cores.
        var countsRead = statistics.BulletinAsync(filter);
        var totalsRead = statistics.TotalsAsync(filter);
        await Task.WhenAll(countsRead, totalsRead);
        var (counts, totals) = (await countsRead, await totalsRead);
        var states = (await catalog.GetAsync()).Points.ToDictionary(p => p.Code, p => p.State, StringComparer.OrdinalIgnoreCase);
        var rows = counts
            .Select(c => new BulletinRow(states.GetValueOrDefault(c.Point), c.Point, c.Sex, c.AgeGroup, c.Accompaniment, c.OriginState, c.Events, c.People))
            .OrderBy(r => r.State, StringComparer.Ordinal).ThenBy(r => r.Point, StringComparer.Ordinal).ThenBy(r => r.Sex, StringComparer.Ordinal)
            .ThenBy(r => r.AgeGroup, StringComparer.Ordinal).ThenBy(r => r.Accompaniment, StringComparer.Ordinal).ThenBy(r => r.OriginState, StringComparer.Ordinal)
            .ToList();
        return new Bulletin(period.From, period.To, Code(period.Point), time.GetUtcNow(), rows, new StatisticsTotals(totals.Events, totals.People));
    }

    public async Task<Flows> GetFlows(StatisticsPeriod period, StatisticsInterval interval, Actor actor)
    {
        new FieldErrors().Known("interval", interval).ThrowIfAny();
        var filter = await PeopleFilterAsync(period, actor);
        var days = await statistics.ArrivalsAsync(filter);
        var rows = days
            .GroupBy(d => (Start: Start(d.Day, interval), d.Point))
            .Select(g => new FlowRow(g.Key.Start, g.Key.Point, g.Sum(d => d.Arrivals), g.Sum(d => d.WithNotice)))
            .OrderBy(r => r.PeriodStart).ThenBy(r => r.Point, StringComparer.Ordinal)
            .ToList();
        return new Flows(period.From, period.To, interval, Code(period.Point), rows, new FlowTotals(rows.Sum(r => r.Arrivals), rows.Sum(r => r.ArrivalsWithNotice)));
    }

    public async Task<NeedsStatistics> GetNeeds(StatisticsPeriod period, Actor actor)
    {
        var (filter, provider) = await ReferralFilterAsync(period, actor);
        var categories = await CategoriesAsync();
        var unmet = provider ? [] : (await statistics.UnmetNeedsAsync(filter))
            .Where(n => Enum.TryParse<ProgramCategory>(n.Category, ignoreCase: true, out _))
            .Select(n => new UnmetNeedCell(Enum.Parse<ProgramCategory>(n.Category, ignoreCase: true), n.Point, n.DestinationState, n.Cases))
            .OrderBy(n => n.Category).ThenBy(n => n.Point, StringComparer.Ordinal).ThenBy(n => n.DestinationState, StringComparer.Ordinal)
            .ToList();
        var referrals = (await statistics.ReferralsAsync(filter))
            .Where(r => categories.ContainsKey(r.ProgramId))
            .GroupBy(r => (Category: categories[r.ProgramId], r.Point))
            .Select(g =>
            {
                int Of(string status) => g.Where(r => r.Status == status).Sum(r => r.Count);
                return new CategoryReferrals(g.Key.Category, g.Key.Point, g.Sum(r => r.Count), Of("pending"), Of("accepted"), Of("completed"), Of("declined"), Of("cancelled"));
            })
            .OrderBy(r => r.Category).ThenBy(r => r.Point, StringComparer.Ordinal)
            .ToList();
        return new NeedsStatistics(period.From, period.To, Code(period.Point), unmet, referrals);
    }

    public async Task<ProfileStatistics> GetProfile(StatisticsPeriod period, string? destinationState, Actor actor)
    {
        var state = destinationState is null ? null : MexicanStates.Normalize(destinationState);
        new FieldErrors().AddIf(destinationState is not null && state is null, "destinationState", ProblemCodes.NotAState, ("value", destinationState)).ThrowIfAny();
        var filter = (await PeopleFilterAsync(period, actor)) with { DestinationState = state };
        var (tallies, cases, assessed) = await statistics.ProfileAsync(filter);
        var rows = tallies
            .Select(t => new ProfileRow(t.DestinationState, t.Point, t.Dimension, t.Value, t.Cases))
            .OrderBy(r => r.DestinationState, StringComparer.Ordinal).ThenBy(r => r.Point, StringComparer.Ordinal)
            .ThenBy(r => r.Dimension, StringComparer.Ordinal).ThenBy(r => r.Value, StringComparer.Ordinal)
            .ToList();
        return new ProfileStatistics(period.From, period.To, Code(period.Point), state, rows, cases, assessed);
    }

    public async Task<CareStatistics> GetCare(StatisticsPeriod period, Actor actor)
    {
        var (filter, provider) = await ReferralFilterAsync(period, actor);
        var categories = await CategoriesAsync();
        var waits = provider ? [] : Waits(await statistics.WaitsAsync(filter));
        var referrals = (await statistics.ReferralsAsync(filter))
            .GroupBy(r => (r.ProgramId, r.Status))
            .Select(g => new ProgramReferrals(g.Key.ProgramId, categories.TryGetValue(g.Key.ProgramId, out var c) ? c : null, g.Key.Status, g.Sum(r => r.Count)))
            .OrderBy(r => r.ProgramId, StringComparer.Ordinal).ThenBy(r => r.Status, StringComparer.Ordinal)
            .ToList();
        var declines = (await statistics.DeclinesAsync(filter))
            .Select(d => new DeclineReasonCount(d.ProgramId, d.Reason, d.Count))
            .OrderBy(d => d.ProgramId, StringComparer.Ordinal).ThenByDescending(d => d.Count).ThenBy(d => d.Reason, StringComparer.Ordinal)
            .ToList();
        return new CareStatistics(period.From, period.To, Code(period.Point), waits, referrals, declines);
    }

    /// <summary>The waits go through the live view's histogram, as the daily figures do.</summary>
    private static List<FirstServiceWaits> Waits(IReadOnlyList<WaitTally> tallies) =>
        [.. new[] { (Name: "vulnerable", Vulnerable: true), (Name: "others", Vulnerable: false) }.Select(group =>
        {
            var buckets = new int[WaitHistogram.BucketCount];
            foreach (var tally in tallies.Where(t => t.Vulnerable == group.Vulnerable))
            {
                for (var i = 0; i < tally.Cases; i++)
                {
                    WaitHistogram.Add(buckets, TimeSpan.FromMinutes(tally.Minutes));
                }
            }
            return new FirstServiceWaits(group.Name, buckets.Sum(), WaitHistogram.Quantile(buckets, 0.5), WaitHistogram.Quantile(buckets, 0.9));
        })];

    private async Task<StatisticsFilter> PeopleFilterAsync(StatisticsPeriod period, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(actor);
        var code = Code(period.Point);
        actor.RequirePeopleStatistics(code);
        return await FilterAsync(period, actor, code);
    }

    private async Task<(StatisticsFilter Filter, bool Provider)> ReferralFilterAsync(StatisticsPeriod period, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(actor);
        var code = Code(period.Point);
        actor.RequireReferralStatistics(code);
        var filter = await FilterAsync(period, actor, code);
        var provider = actor.Role == ActorRole.Provider;
        return (provider ? filter with { Programs = actor.ProgramIds } : filter, provider);
    }

    private async Task<StatisticsFilter> FilterAsync(StatisticsPeriod period, Actor actor, string? code)
    {
        HistoryRules.ValidateRange(period.From, period.To);
        if (code is not null && await catalog.FindPointAsync(code) is null)
        {
            throw ReceptionException.NotFound(ProblemCodes.PointNotFound, ("point", code));
        }
        IReadOnlyList<string>? points = code is not null ? [code] : actor.Role == ActorRole.PointManager ? actor.PointCodes : null;
        return new StatisticsFilter(period.From, period.To, points);
    }

    private async Task<Dictionary<string, ProgramCategory>> CategoriesAsync() =>
        (await catalog.GetAsync()).Programs.ToDictionary(p => p.Id, p => p.Category, StringComparer.Ordinal);

    private static string? Code(string? point) => string.IsNullOrWhiteSpace(point) ? null : point.Trim().ToUpperInvariant();

    private static DateOnly Start(DateOnly day, StatisticsInterval interval) => interval switch
    {
        StatisticsInterval.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        StatisticsInterval.Month => new DateOnly(day.Year, day.Month, 1),
        _ => day,
    };
}
