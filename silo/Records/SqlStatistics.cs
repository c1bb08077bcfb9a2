using System.Data.Common;
using System.Globalization;
using Reception.Grains.Records;

namespace Reception.Silo.Records;

/// <summary>
/// <see cref="IStatistics"/> over ADO.NET: builds the filter, runs <see cref="StatisticsSql"/> and reads the rows.
/// The engines differ in how a connection opens, how dates travel and a few expressions.
/// </summary>
internal abstract class SqlStatistics : IStatistics
{
    public Task<IReadOnlyList<BulletinCount>> BulletinAsync(StatisticsFilter filter) =>
        ListAsync(filter, (scope, _) => StatisticsSql.Bulletin(scope), r => new BulletinCount(
            r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Text(r, 4), Int(r, 5), Int(r, 6)), byMonth: true);

    public async Task<(int Events, int People)> TotalsAsync(StatisticsFilter filter)
    {
        var rows = await ListAsync(filter, (scope, _) => StatisticsSql.Totals(scope), r => (Int(r, 0), Int(r, 1)), byMonth: true);
        return rows[0];
    }

    public Task<IReadOnlyList<DayArrivals>> ArrivalsAsync(StatisticsFilter filter) =>
        ListAsync(filter, StatisticsSql.Arrivals, r => new DayArrivals(ReadDate(r, 0), r.GetString(1), Int(r, 2), Int(r, 3)));

    public Task<IReadOnlyList<UnmetNeedTally>> UnmetNeedsAsync(StatisticsFilter filter) =>
        ListAsync(filter, StatisticsSql.UnmetNeeds, r => new UnmetNeedTally(r.GetString(0), r.GetString(1), Text(r, 2), Int(r, 3)));

    public Task<IReadOnlyList<ReferralTally>> ReferralsAsync(StatisticsFilter filter) =>
        ListAsync(filter, (where, programs) => StatisticsSql.Referrals(where, programs),
            r => new ReferralTally(r.GetString(0), r.GetString(1), r.GetString(2), Int(r, 3)));

    public async Task<(IReadOnlyList<ProfileTally> Rows, int Cases, int Assessed)> ProfileAsync(StatisticsFilter filter)
    {
        var rows = await ListAsync(filter, where => StatisticsSql.Profile(where, DocumentsFrom, DocumentValue),
            r => new ProfileTally(Text(r, 0), r.GetString(1), r.GetString(2), r.GetString(3), Int(r, 4)));
        var counts = await ListAsync(filter, StatisticsSql.ProfileCounts, r => (Int(r, 0), Int(r, 1)));
        return (rows, counts[0].Item1, counts[0].Item2);
    }

    public Task<IReadOnlyList<WaitTally>> WaitsAsync(StatisticsFilter filter) =>
        ListAsync(filter, where => StatisticsSql.Waits(where, Vulnerable, WaitSeconds),
            r => new WaitTally(Int(r, 0) == 1, Convert.ToInt64(r.GetValue(1), CultureInfo.InvariantCulture), Int(r, 2)));

    public Task<IReadOnlyList<DeclineTally>> DeclinesAsync(StatisticsFilter filter) =>
        ListAsync(filter, (where, programs) => StatisticsSql.Declines(where, programs, Fact("referral"), Fact("text")),
            r => new DeclineTally(r.GetString(0), r.GetString(1), Int(r, 2)));

    protected abstract Task<DbConnection> OpenAsync();

    /// <summary>A day as the engine compares it with the *_date columns.</summary>
    protected abstract object DateValue(DateOnly day);

    protected abstract DateOnly ReadDate(DbDataReader reader, int ordinal);

    /// <summary>The FROM clause of the cases (alias c) with one row per held document, <c>none</c> when none.</summary>
    protected abstract string DocumentsFrom { get; }

    /// <summary>The held document in a row of <see cref="DocumentsFrom"/>.</summary>
    protected abstract string DocumentValue { get; }

    /// <summary>1 when the case (alias c) has any vulnerability, else 0.</summary>
    protected abstract string Vulnerable { get; }

    /// <summary>Whole seconds (truncated, never negative) from arrival to first service of the case (alias c).</summary>
    protected abstract string WaitSeconds { get; }

    /// <summary>The text of a named fact of the event (alias e).</summary>
    protected abstract string Fact(string name);

    private Task<IReadOnlyList<T>> ListAsync<T>(StatisticsFilter filter, Func<string, string> sql, Func<DbDataReader, T> read) =>
        ListAsync(filter, (scope, _) => sql(scope.Cases), read);

    private Task<IReadOnlyList<T>> ListAsync<T>(StatisticsFilter filter, Func<string, string, string> sql, Func<DbDataReader, T> read) =>
        ListAsync(filter, (StatisticsScope scope, string programs) => sql(scope.Cases, programs), read);

    // byMonth: the query reads the monthly counts (StatisticsScope.Months) unless the filter has a destination state.
    private async Task<IReadOnlyList<T>> ListAsync<T>(StatisticsFilter filter, Func<StatisticsScope, string, string> sql, Func<DbDataReader, T> read,
        bool byMonth = false)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        var points = "";
        AddParameter(command, "from", DateValue(filter.From));
        AddParameter(command, "to", DateValue(filter.To));
        if (filter.Points is { } codes)
        {
            points = $" AND c.point_code IN ({List(command, "p", codes)})";
        }
        var cases = "c.arrival_local_date BETWEEN @from AND @to" + points;
        if (filter.DestinationState is { } state)
        {
            cases += " AND c.destination_state = @destination";
            AddParameter(command, "destination", state);
        }
        var programs = filter.Programs is { } ids ? $" AND r.program_id IN ({List(command, "g", ids)})" : "";
        var scope = new StatisticsScope(cases);
        if (byMonth && filter.DestinationState is null && StatisticsScope.Split(filter.From, filter.To) is var (firstMonth, lastMonth, days))
        {
            AddParameter(command, "firstMonth", DateValue(firstMonth));
            AddParameter(command, "lastMonth", DateValue(lastMonth));
            var partial = new List<string>();
            foreach (var (day, (start, end)) in days.Index())
            {
                AddParameter(command, $"start{day}", DateValue(start));
                AddParameter(command, $"end{day}", DateValue(end));
                partial.Add($"c.arrival_local_date BETWEEN @start{day} AND @end{day}{points}");
            }
            scope = new StatisticsScope(cases, "c.month BETWEEN @firstMonth AND @lastMonth" + points, partial);
        }
        command.CommandText = sql(scope, programs);
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }
        return rows;
    }

    // An empty list matches nothing (IN () is not SQL).
    private static string List(DbCommand command, string prefix, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return "NULL";
        }
        for (var i = 0; i < values.Count; i++)
        {
            AddParameter(command, $"{prefix}{i}", values[i]);
        }
        return string.Join(", ", values.Select((_, i) => $"@{prefix}{i}"));
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static int Int(DbDataReader reader, int ordinal) => Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
