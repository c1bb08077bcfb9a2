using Reception.Api.Auth;
using Reception.Api.History;
using Reception.Contracts.Shared;
using Reception.Contracts.Statistics;

namespace Reception.Api.Statistics;

/// <summary>
/// <c>/api/statistics/*</c>: the official bulletin's table (JSON, CSV or XLSX), flows, needs, profile and care
/// figures of a period from the permanent record (docs/record.md, "Statistics"). Who may read what is the
/// statistics grain's to say (<see cref="Permissions"/>).
/// </summary>
public static class StatisticsApi
{
    private static readonly string[] Formats = ["json", "csv", "xlsx"];

    public static RouteGroupBuilder MapStatisticsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/statistics/bulletin", GetBulletin).WithTags("Statistics").WithName("GetStatisticsBulletin")
            .Produces<Bulletin>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: StatisticsFiles.XlsxType)
            .WithSummary("Case records of a period by state and point, sex, age group, accompaniment and state of origin, as the official bulletin; format=csv or xlsx for the file.");
        api.MapGet("/statistics/flows", GetFlows).WithTags("Statistics").WithName("GetStatisticsFlows")
            .WithSummary("Arrivals per day, week or month and point.");
        api.MapGet("/statistics/needs", GetNeeds).WithTags("Statistics").WithName("GetStatisticsNeeds")
            .WithSummary("Unmet needs by category, point and destination state; referrals by category and status.");
        api.MapGet("/statistics/profile", GetProfile).WithTags("Statistics").WithName("GetStatisticsProfile")
            .WithSummary("Education, occupation, years abroad, English and documents held, by destination state and point.");
        api.MapGet("/statistics/care", GetCare).WithTags("Statistics").WithName("GetStatisticsCare")
            .WithSummary("Time to first service (vulnerable and others), referrals per program by status, declines by reason.");
        return api;
    }

    private static async Task<IResult> GetBulletin(string? from, string? to, string? point, string? format, HttpContext context, IClusterClient cluster)
    {
        var actor = context.Actor();
        var chosen = Format(format, context.Request.Headers.Accept.ToString());
        var bulletin = await Grain(cluster).GetBulletin(Period(from, to, point), actor);
        if (chosen == "json")
        {
            return Results.Ok(bulletin);
        }
        var grid = BulletinTable.Grid(bulletin, actor.ExportsSuppressSmallCounts(), StatisticsLabels.Current);
        var name = $"boletin-{bulletin.From:yyyyMMdd}-{bulletin.To:yyyyMMdd}{(bulletin.Point is null ? "" : "-" + bulletin.Point)}";
        return chosen == "csv"
            ? Results.File(StatisticsFiles.Csv(grid), StatisticsFiles.CsvType, name + ".csv")
            : Results.File(StatisticsFiles.Xlsx(grid, "Boletin"), StatisticsFiles.XlsxType, name + ".xlsx");
    }

    private static async Task<Flows> GetFlows(string? from, string? to, string? point, string? interval, HttpContext context, IClusterClient cluster)
    {
        var actor = context.Actor();
        var period = Period(from, to, point, errors => Interval(errors, interval));
        return await Grain(cluster).GetFlows(period, ParseInterval(interval), actor);
    }

    private static async Task<NeedsStatistics> GetNeeds(string? from, string? to, string? point, HttpContext context, IClusterClient cluster) =>
        await Grain(cluster).GetNeeds(Period(from, to, point), context.Actor());

    private static async Task<ProfileStatistics> GetProfile(string? from, string? to, string? point, string? destinationState, HttpContext context, IClusterClient cluster) =>
        await Grain(cluster).GetProfile(Period(from, to, point), string.IsNullOrWhiteSpace(destinationState) ? null : destinationState.Trim(), context.Actor());

    private static async Task<CareStatistics> GetCare(string? from, string? to, string? point, HttpContext context, IClusterClient cluster) =>
        await Grain(cluster).GetCare(Period(from, to, point), context.Actor());

    private static IStatisticsGrain Grain(IClusterClient cluster) => cluster.GetGrain<IStatisticsGrain>(IStatisticsGrain.Key);

    private static StatisticsPeriod Period(string? from, string? to, string? point, Action<FieldErrors>? more = null)
    {
        var errors = new FieldErrors();
        more?.Invoke(errors);
        errors.ThrowIfAny();
        var (first, last) = DayRange.Parse(from, to);
        return new StatisticsPeriod(first, last, string.IsNullOrWhiteSpace(point) ? null : point.Trim().ToUpperInvariant());
    }

    // format wins over Accept; without either the answer is JSON.
    private static string Format(string? format, string accept)
    {
        if (string.IsNullOrWhiteSpace(format))
        {
            return accept.Contains("text/csv", StringComparison.OrdinalIgnoreCase) ? "csv"
                : accept.Contains(StatisticsFiles.XlsxType, StringComparison.OrdinalIgnoreCase) ? "xlsx" : "json";
        }
        var value = format.Trim().ToLowerInvariant();
        new FieldErrors().AddIf(!Formats.Contains(value), "format", ProblemCodes.NotOneOf, ("value", format), ("accepted", string.Join(", ", Formats))).ThrowIfAny();
        return value;
    }

    private static void Interval(FieldErrors errors, string? interval) =>
        errors.AddIf(interval is not null && !TryInterval(interval, out _), "interval", ProblemCodes.NotOneOf,
            ("value", interval), ("accepted", AcceptedValues.Of<StatisticsInterval>()));

    private static StatisticsInterval ParseInterval(string? interval) => TryInterval(interval ?? "day", out var value) ? value : StatisticsInterval.Day;

    private static bool TryInterval(string text, out StatisticsInterval value) =>
        Enum.TryParse(text.Trim(), ignoreCase: true, out value) && Enum.IsDefined(value) && !int.TryParse(text, out _);
}
