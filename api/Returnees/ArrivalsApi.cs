using Microsoft.AspNetCore.Http.HttpResults;
using Reception.Api.Auth;
using Reception.Api.Catalog;
using Reception.Api.Problems;
using Reception.Api.Telemetry;
using Reception.Contracts.Returnees;
using Reception.Contracts.Shared;

namespace Reception.Api.Returnees;

/// <summary>
/// <c>POST /api/points/{code}/arrivals</c>: registers a person (managers of the point). With an
/// <c>Idempotency-Key</c> the case id is derived from the point and the key, so a retry answers the same 201
/// body and creates nothing new.
/// </summary>
public static class ArrivalsApi
{
    public static RouteGroupBuilder MapArrivalsApi(this RouteGroupBuilder api)
    {
        RefusedRegistrations.CountRefusals(api.MapPost("/points/{code}/arrivals", RegisterArrival))
            .WithTags("Returnees")
            .WithName("RegisterArrival")
            .WithSummary("Registers an arrival at a point and returns the case id and reception certificate (honours Idempotency-Key).");
        return api;
    }

    private static async Task<Created<ArrivalReceipt>> RegisterArrival(string code, ArrivalRequest request, HttpContext context, CatalogReader catalog, IClusterClient cluster)
    {
        var actor = context.Actor();
        code = code.Trim().ToUpperInvariant();
        actor.RequireChangeCasesAt(code);
        // The grain validates the rest; a command cannot carry "no sex given".
        new FieldErrors().Required("sex", request.Sex).ThrowIfAny();
        var key = IdempotencyKey.Read(context);
        code = await catalog.RequireKnownAsync(code);

        var caseId = key is null ? CaseIds.New() : CaseIds.FromIdempotencyKey(code, key);
        var receipt = await cluster.GetGrain<IReturneeGrain>(caseId).Register(
            new RegisterArrival(
                code,
                request.GivenNames ?? "",
                request.Surnames ?? "",
                request.Sex!.Value,
                request.DateOfBirth,
                request.EstimatedAge,
                request.Curp?.ToUpperInvariant(),
                request.AccompanyingCaseId?.ToUpperInvariant(),
                request.Vulnerabilities?.Distinct().ToArray(),
                request.NoticeId,
                request.Transport,
                request.OriginState,
                request.Relationship,
                request.FamilyGroupId),
            actor);
        return TypedResults.Created($"/api/returnees/{receipt.CaseId}", receipt);
    }
}
