using Reception.Api.Auth;
using Reception.Api.Catalog;
using Reception.Contracts.History;
using Reception.Contracts.Shared;

namespace Reception.Api.History;

/// <summary>
/// <c>/api/points/{code}/days</c> and <c>/api/programs/{id}/days</c>: daily figures for any range of days, from the
/// permanent record (whoever may read the point; whoever may read the program's queue).
/// </summary>
public static class HistoryApi
{
    public static RouteGroupBuilder MapHistoryApi(this RouteGroupBuilder api)
    {
        api.MapGet("/points/{code}/days", GetPointDays).WithTags("Points").WithName("GetPointDays")
            .WithSummary("A point's figures for each local day from one date to another, inclusive (at most a year).");
        api.MapGet("/programs/{id}/days", GetProgramDays).WithTags("Programs").WithName("GetProgramDays")
            .WithSummary("A program's referral transitions for each day (central Mexico time) from one date to another, inclusive (at most a year).");
        return api;
    }

    private static async Task<PointDay[]> GetPointDays(string code, string? from, string? to, HttpContext context, CatalogReader catalog, IClusterClient cluster)
    {
        var actor = context.Actor();
        code = code.Trim().ToUpperInvariant();
        actor.RequireReadPoint(code);
        var (first, last) = DayRange.Parse(from, to);
        code = await catalog.RequireKnownAsync(code);
        var days = await cluster.GetGrain<IHistoryGrain>(IHistoryGrain.Key).GetPointDays(code, first, last, actor);
        return days.ToArray();
    }

    private static async Task<ProgramDay[]> GetProgramDays(string id, string? from, string? to, HttpContext context, CatalogReader catalog, IClusterClient cluster)
    {
        var actor = context.Actor();
        actor.RequireProgramQueue(id);
        var (first, last) = DayRange.Parse(from, to);
        await catalog.RequireKnownProgramAsync(id);
        var days = await cluster.GetGrain<IHistoryGrain>(IHistoryGrain.Key).GetProgramDays(id, first, last, actor);
        return days.ToArray();
    }
}
