namespace Reception.Grains.Records;

/// <summary>
/// Statistics read from the permanent record (docs/record.md, "Statistics"), one implementation per engine in the
/// silo. Every query counts the cases whose <c>arrival_local_date</c> is in the filter's period, at its points.
/// </summary>
public interface IStatistics
{
    /// <summary>Bulletin cells: the cases by point, sex, bulletin age group, accompaniment and origin state.</summary>
    Task<IReadOnlyList<BulletinCount>> BulletinAsync(StatisticsFilter filter);

    /// <summary>Case records and distinct people of the filter.</summary>
    Task<(int Events, int People)> TotalsAsync(StatisticsFilter filter);

    /// <summary>Arrivals per local day and point.</summary>
    Task<IReadOnlyList<DayArrivals>> ArrivalsAsync(StatisticsFilter filter);

    /// <summary>Unmet needs by category, point and destination state.</summary>
    Task<IReadOnlyList<UnmetNeedTally>> UnmetNeedsAsync(StatisticsFilter filter);

    /// <summary>Referrals by program, point and status.</summary>
    Task<IReadOnlyList<ReferralTally>> ReferralsAsync(StatisticsFilter filter);

    /// <summary>Assessed cases by destination state, point, dimension and value; and (cases, assessed).</summary>
    Task<(IReadOnlyList<ProfileTally> Rows, int Cases, int Assessed)> ProfileAsync(StatisticsFilter filter);

    /// <summary>Cases first served, by vulnerable or not and whole minutes (rounded up) from arrival to first service.</summary>
    Task<IReadOnlyList<WaitTally>> WaitsAsync(StatisticsFilter filter);

    /// <summary>Declined referrals by program and reason.</summary>
    Task<IReadOnlyList<DeclineTally>> DeclinesAsync(StatisticsFilter filter);
}
