using Microsoft.AspNetCore.Http.HttpResults;
using Reception.Api.Auth;
using Reception.Api.Catalog;
using Reception.Contracts.Catalog;
using Reception.Contracts.Points;
using Reception.Contracts.Programs;
using Reception.Contracts.Shared;

namespace Reception.Api.Admin;

/// <summary>
/// <c>/api/admin</c>: administrators define points and programs (validated by the catalog grain against the whole catalog,
/// every change in its event log) and read that log. A <c>POST</c> of a definition equal to what exists is a replay and
/// answers as the first did; one that differs is refused (<c>pointExists</c>, <c>programExists</c>).
/// </summary>
public static class AdminCatalogApi
{
    public static RouteGroupBuilder MapAdminCatalogApi(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Administration");
        admin.MapPost("/points", CreatePoint).WithName("CreatePoint").WithSummary("Creates a reception point (administrators).");
        admin.MapPut("/points/{code}", UpdatePoint).WithName("UpdatePoint").WithSummary("Changes, deactivates (active: false) or reactivates a point (administrators).");
        admin.MapPost("/programs", CreateProgram).WithName("CreateProgram").WithSummary("Creates a program (administrators).");
        admin.MapPut("/programs/{id}", UpdateProgram).WithName("UpdateProgram").WithSummary("Changes, deactivates (active: false) or reactivates a program (administrators).");
        admin.MapGet("/catalog/events", ListEvents).WithName("ListCatalogEvents").WithSummary("The catalog's event log, newest first (administrators).");
        return api;
    }

    private static async Task<Created<PointSummary>> CreatePoint(PointDefinition definition, HttpContext context, CatalogReader catalog, IClusterClient cluster)
    {
        var summary = await DefinePointAsync(definition, CatalogWrite.Create, context, catalog, cluster);
        return TypedResults.Created($"/api/points/{summary.Code}", summary);
    }

    private static Task<PointSummary> UpdatePoint(string code, PointDefinition definition, HttpContext context, CatalogReader catalog, IClusterClient cluster)
    {
        code = code.Trim().ToUpperInvariant();
        return DefinePointAsync(definition with { Code = KeyOf(definition.Code?.Trim().ToUpperInvariant(), code, "code") }, CatalogWrite.Update, context, catalog, cluster);
    }

    private static async Task<Created<ProgramSummary>> CreateProgram(ProgramDefinition definition, HttpContext context, CatalogReader catalog, IClusterClient cluster)
    {
        var summary = await DefineProgramAsync(definition, CatalogWrite.Create, context, catalog, cluster);
        return TypedResults.Created($"/api/programs/{summary.Id}", summary);
    }

    private static Task<ProgramSummary> UpdateProgram(string id, ProgramDefinition definition, HttpContext context, CatalogReader catalog, IClusterClient cluster) =>
        DefineProgramAsync(definition with { Id = KeyOf(definition.Id?.Trim(), id.Trim(), "id") }, CatalogWrite.Update, context, catalog, cluster);

    private static Task<IReadOnlyList<CatalogEvent>> ListEvents(HttpContext context, IClusterClient cluster, int? limit)
    {
        context.Actor().RequireAdminister();
        new FieldErrors().Range("limit", limit, 1, Limits.MaxCatalogEvents).ThrowIfAny();
        return cluster.GetGrain<ICatalogGrain>(ICatalogGrain.Key).GetEvents(limit ?? Limits.MaxCatalogEvents);
    }

    private static async Task<PointSummary> DefinePointAsync(PointDefinition definition, CatalogWrite write, HttpContext context, CatalogReader catalog, IClusterClient cluster)
    {
        var actor = context.Actor();
        actor.RequireAdminister();
        await cluster.GetGrain<ICatalogGrain>(ICatalogGrain.Key).DefinePoint(definition, write, actor);
        catalog.Invalidate();
        return await cluster.GetGrain<IReceptionPointGrain>(definition.Code!.Trim().ToUpperInvariant()).GetSummary();
    }

    private static async Task<ProgramSummary> DefineProgramAsync(ProgramDefinition definition, CatalogWrite write, HttpContext context, CatalogReader catalog, IClusterClient cluster)
    {
        var actor = context.Actor();
        actor.RequireAdminister();
        await cluster.GetGrain<ICatalogGrain>(ICatalogGrain.Key).DefineProgram(definition, write, actor);
        catalog.Invalidate();
        return await cluster.GetGrain<IProgramGrain>(definition.Id!.Trim()).GetSummary();
    }

    /// <summary>The route names the entry; a body that names another is refused rather than applied to either.</summary>
    private static string KeyOf(string? inBody, string inRoute, string field)
    {
        new FieldErrors().AddIf(inBody is { Length: > 0 } && inBody != inRoute, field, ProblemCodes.ProfileKeyMismatch, ("value", inBody), ("key", inRoute)).ThrowIfAny();
        return inRoute;
    }
}
