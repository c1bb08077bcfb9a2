using System.Data.Common;
using Reception.Contracts.History;
using Reception.Contracts.Points;
using Reception.Contracts.Programs;
using Reception.Grains.Records;

namespace Reception.Silo.Records;

/// <summary>
/// <see cref="IDailyFigures"/> over ADO.NET: runs <see cref="DailyFiguresSql"/> and lays the rows out on every day
/// of the range. The engines differ only in how a connection opens and how dates and times travel.
/// </summary>
internal abstract class SqlDailyFigures : IDailyFigures
{
    public async Task<IReadOnlyList<PointDayFigures>> PointDaysAsync(string pointCode, DateOnly from, DateOnly to)
    {
        var counts = new Dictionary<DateOnly, Dictionary<string, int>>();
        var waits = new Dictionary<DateOnly, List<long>>();
        var unmet = new Dictionary<DateOnly, Dictionary<string, int>>();
        await using var connection = await OpenAsync();
        await QueryAsync(connection, DailyFiguresSql.PointCounts, pointCode, from, to, r => Add(counts, ReadDate(r, 0), r.GetString(1), r.GetInt64(2)));
        await QueryAsync(connection, DailyFiguresSql.FirstServices, pointCode, from, to, r =>
            // As the live histogram measures it: whole seconds of the difference, never negative.
            Bucket(waits, ReadDate(r, 0)).Add(Math.Max(0, (long)(ReadTime(r, 2) - ReadTime(r, 1)).TotalSeconds)));
        await QueryAsync(connection, DailyFiguresSql.UnmetNeeds, pointCode, from, to, r => Add(unmet, ReadDate(r, 0), r.GetString(1), r.GetInt64(2)));

        return Days(from, to).Select(day =>
        {
            var c = counts.GetValueOrDefault(day);
            int Of(string figure) => c?.GetValueOrDefault(figure) ?? 0;
            return new PointDayFigures(
                day,
                new PointCounts(Of("arrived"), Of("assessed"), Of("referred"), Of("served"), Of("departed"), Of("transferred")),
                waits.GetValueOrDefault(day) ?? [],
                unmet.GetValueOrDefault(day) ?? new Dictionary<string, int>());
        }).ToList();
    }

    public async Task<IReadOnlyList<ProgramDay>> ProgramDaysAsync(string programId, DateOnly from, DateOnly to)
    {
        var counts = new Dictionary<DateOnly, Dictionary<string, int>>();
        await using var connection = await OpenAsync();
        await QueryAsync(connection, DailyFiguresSql.ProgramCounts, programId, from, to, r => Add(counts, ReadDate(r, 0), r.GetString(1), r.GetInt64(2)));
        return Days(from, to).Select(day =>
        {
            var c = counts.GetValueOrDefault(day);
            int Of(string figure) => c?.GetValueOrDefault(figure) ?? 0;
            return new ProgramDay(day, new ProgramCounts(Of("received"), Of("accepted"), Of("declined"), Of("completed"), Of("cancelled")));
        }).ToList();
    }

    protected abstract Task<DbConnection> OpenAsync();

    /// <summary>A day as the engine compares it with the *_date columns.</summary>
    protected abstract object DateValue(DateOnly day);

    protected abstract DateOnly ReadDate(DbDataReader reader, int ordinal);

    protected abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    private async Task QueryAsync(DbConnection connection, string sql, string key, DateOnly from, DateOnly to, Action<DbDataReader> row)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        AddParameter(command, "key", key);
        AddParameter(command, "from", DateValue(from));
        AddParameter(command, "to", DateValue(to));
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            row(reader);
        }
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    private static void Add(Dictionary<DateOnly, Dictionary<string, int>> table, DateOnly day, string figure, long count)
    {
        if (!table.TryGetValue(day, out var figures))
        {
            table[day] = figures = new Dictionary<string, int>(StringComparer.Ordinal);
        }
        figures[figure] = figures.GetValueOrDefault(figure) + (int)count;
    }

    private static List<long> Bucket(Dictionary<DateOnly, List<long>> table, DateOnly day)
    {
        if (!table.TryGetValue(day, out var list))
        {
            table[day] = list = [];
        }
        return list;
    }
}
