using Reception.Contracts.Shared;

namespace Reception.Contracts.Statistics;

/// <summary>
/// Statistics of a period from the permanent record (docs/record.md, "Statistics"): the official bulletin's table,
/// arrival flows, unmet needs and referrals by category, the returnees' profile and care figures. A stateless
/// worker: call it with <see cref="Key"/>. Coordinators read everything, managers their points, providers the
/// referral figures of their programs.
/// </summary>
[Alias("reception.statistics")]
public interface IStatisticsGrain : IGrainWithIntegerKey
{
    public const long Key = 0;

    /// <summary>Case records by point, sex, age group, accompaniment and state of origin (coordinators; managers at their points).</summary>
    [Alias("bulletin")]
    Task<Bulletin> GetBulletin(StatisticsPeriod period, Actor actor);

    /// <summary>Arrivals per day, week or month and point (coordinators; managers at their points).</summary>
    [Alias("flows")]
    Task<Flows> GetFlows(StatisticsPeriod period, StatisticsInterval interval, Actor actor);

    /// <summary>Unmet needs and referrals by category (coordinators; managers at their points; providers: their programs' referrals only).</summary>
    [Alias("needs")]
    Task<NeedsStatistics> GetNeeds(StatisticsPeriod period, Actor actor);

    /// <summary>Education, occupation, years abroad, English and documents by destination state and point (coordinators; managers at their points).</summary>
    [Alias("profile")]
    Task<ProfileStatistics> GetProfile(StatisticsPeriod period, string? destinationState, Actor actor);

    /// <summary>Time to first service, referrals per program by status and declines by reason (providers: their programs only, no waits).</summary>
    [Alias("care")]
    Task<CareStatistics> GetCare(StatisticsPeriod period, Actor actor);
}
