using Microsoft.AspNetCore.Http.HttpResults;
using Reception.Api.Auth;
using Reception.Api.Catalog;
using Reception.Api.Problems;
using Reception.Contracts.Points;
using Reception.Contracts.Shared;

namespace Reception.Api.Points;

/// <summary>
/// <c>/api/points</c>: the live summaries (coordinators: all; managers: their points; providers: the points
/// their programs serve), a point's queue and notices (coordinators and its managers), capacity and notices
/// (its managers).
/// </summary>
public static class PointsApi
{
    public static RouteGroupBuilder MapPointsApi(this RouteGroupBuilder api)
    {
        var points = api.MapGroup("/points").WithTags("Points");
        points.MapGet("", ListPoints).WithName("ListPoints").WithSummary("Live summaries of the points the caller may see.");
        points.MapGet("/{code}", GetPoint).WithName("GetPoint").WithSummary("A point's summary, queue by stage with waiting times, notices and alert level.");
        points.MapPut("/{code}/capacity", SetCapacity).WithName("SetPointCapacity").WithSummary("Changes a point's capacity (its managers).");
        points.MapPost("/{code}/notices", RecordNotice).WithName("RecordNotice").WithSummary("Records an advance arrival notice (its managers; honours Idempotency-Key).");
        return api;
    }

    private static async Task<PointSummary[]> ListPoints(HttpContext context, CatalogReader catalog, IClusterClient cluster)
    {
        var actor = context.Actor();
        var snapshot = await catalog.GetAsync();
        var visible = snapshot.Points.Where(p =>
            actor.MaySeePointSummary(p.Code, snapshot.Programs.Where(program => program.ServesPoint(p.Code)).Select(program => program.Id)));
        var summaries = await Task.WhenAll(visible.Select(p => cluster.GetGrain<IReceptionPointGrain>(p.Code).GetSummary()));
        return summaries.OrderBy(s => s.Code, StringComparer.Ordinal).ToArray();
    }

    private static async Task<PointDetailResponse> GetPoint(string code, HttpContext context, CatalogReader catalog, IClusterClient cluster)
    {
        var actor = context.Actor();
        code = code.Trim().ToUpperInvariant();
        actor.RequireReadPoint(code);
        code = await catalog.RequireKnownAsync(code);
        return PointDetailResponse.From(await PointQueueReads.ReadAsync(cluster, actor, code));
    }

    private static async Task<PointSummary> SetCapacity(string code, CapacityRequest request, HttpContext context, CatalogReader catalog, IClusterClient cluster)
    {
        var actor = context.Actor();
        code = code.Trim().ToUpperInvariant();
        actor.RequireRunPoint(code);
        // The grain checks the ranges; a capacity cannot leave these out.
        new FieldErrors().Required("shelterBeds", request.ShelterBeds).Required("intakeDesks", request.IntakeDesks).ThrowIfAny();
        code = await catalog.RequireKnownAsync(code);
        var point = cluster.GetGrain<IReceptionPointGrain>(code);
        var usual = request.UsualDailyArrivals ?? (await point.GetSummary()).Capacity.UsualDailyArrivals;
        return await point.SetCapacity(new PointCapacity(request.ShelterBeds!.Value, request.IntakeDesks!.Value, usual), actor);
    }

    private static async Task<Created<Notice>> RecordNotice(string code, NoticeRequest request, HttpContext context, CatalogReader catalog, IClusterClient cluster)
    {
        var actor = context.Actor();
        code = code.Trim().ToUpperInvariant();
        actor.RequireRunPoint(code);
        code = await catalog.RequireKnownAsync(code);
        var notice = await cluster.GetGrain<IReceptionPointGrain>(code).RecordNotice(
            new NoticeCommand(request.ExpectedAt, request.Headcount, request.Minors, request.Transport, request.Reference),
            actor,
            IdempotencyKey.Read(context));
        return TypedResults.Created($"/api/points/{code}", notice);
    }
}
