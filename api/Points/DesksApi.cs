using Microsoft.AspNetCore.Http.HttpResults;
using Reception.Api.Auth;
using Reception.Api.Returnees;
using Reception.Contracts.Points;
using Reception.Contracts.Shared;

namespace Reception.Api.Points;

/// <summary>
/// Intake desks (módulos) calling people to the interview, for the point's managers: the next most urgent person,
/// a given person, or a person sent back to the queue. The queue entry of a called person carries its desk.
/// </summary>
public static class DesksApi
{
    public static RouteGroupBuilder MapDesksApi(this RouteGroupBuilder api)
    {
        api.MapPost("/points/{code}/desks/{desk}/next", CallNext).WithTags("Points").WithName("CallNextToDesk")
            .WithSummary("Calls the most urgent person waiting for the interview to the desk; 204 when nobody waits. Two desks never get the same person.");
        api.MapPost("/returnees/{caseId}/desk", CallToDesk).WithTags("Returnees").WithName("CallToDesk")
            .WithSummary("Calls this person, waiting at their point, to a desk.");
        api.MapDelete("/returnees/{caseId}/desk", ReturnToQueue).WithTags("Returnees").WithName("ReturnToQueue")
            .WithSummary("Sends a person called to a desk back to the queue.");
        return api;
    }

    private static async Task<Results<Ok<DeskCall>, NoContent>> CallNext(string code, string desk, HttpContext context, IClusterClient cluster)
    {
        var call = await cluster.GetGrain<IReceptionPointGrain>(code.Trim().ToUpperInvariant()).CallNext(desk, context.Actor());
        return call is null ? TypedResults.NoContent() : TypedResults.Ok(call);
    }

    private static async Task<DeskCall> CallToDesk(string caseId, DeskRequest request, HttpContext context, IClusterClient cluster)
    {
        new FieldErrors().Required("desk", request.Desk).ThrowIfAny();
        var returnee = cluster.Returnee(caseId);
        var point = await returnee.GetPointCode();
        return await cluster.GetGrain<IReceptionPointGrain>(point).CallToDesk(returnee.GetPrimaryKeyString(), request.Desk!, context.Actor());
    }

    private static async Task<NoContent> ReturnToQueue(string caseId, HttpContext context, IClusterClient cluster)
    {
        var returnee = cluster.Returnee(caseId);
        var point = await returnee.GetPointCode();
        await cluster.GetGrain<IReceptionPointGrain>(point).ReturnToQueue(returnee.GetPrimaryKeyString(), context.Actor());
        return TypedResults.NoContent();
    }
}
