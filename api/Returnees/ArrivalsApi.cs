using Microsoft.AspNetCore.Http.HttpResults;
using Reception.Api.Auth;
using Reception.Api.Catalog;
using Reception.Api.Problems;
using Reception.Api.Telemetry;
using Reception.Contracts.People;
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
            .WithSummary("Registers an arrival at a point and returns the case id and reception certificate (honours Idempotency-Key).")
            .WithDescription("The answer carries the case's `personId` (linked automatically to an earlier return with the same CURP, or to the `personId` the desk confirmed) and `possibleMatches`: earlier returns at any point that may be the same person, best first.");
        api.MapPost("/points/{code}/arrivals/matches", Matches)
            .WithTags("Returnees")
            .WithName("MatchArrival")
            .WithSummary("The earlier returns (at any point) that may be this arrival's person, best first, with the reasons; registers nothing (recorded in the access log).");
        return api;
    }

    private static async Task<Created<ArrivalReceipt>> RegisterArrival(
        string code, ArrivalRequest request, HttpContext context, CatalogReader catalog, IClusterClient cluster, ILoggerFactory loggers)
    {
        var actor = context.Actor();
        var arrival = await CommandAsync(code, request, actor, catalog);
        var key = IdempotencyKey.Read(context);
        var caseId = key is null ? CaseIds.New() : CaseIds.FromIdempotencyKey(arrival.PointCode, key);
        var receipt = await cluster.GetGrain<IReturneeGrain>(caseId).Register(arrival, actor);
        IReadOnlyList<PersonMatchView>? matches = null;
        try
        {
            matches = await cluster.GetGrain<IPeopleGrain>(0).Matches(arrival, actor, receipt.PersonId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The case is registered: failing the answer now would make a client without a key register it twice.
            // The desk can still ask for the candidates (…/arrivals/matches) or search.
            loggers.CreateLogger(typeof(ArrivalsApi)).LogWarning(ex, "Registered case {CaseId} is answered without its possible matches", receipt.CaseId);
        }
        return TypedResults.Created($"/api/returnees/{receipt.CaseId}", receipt with { PossibleMatches = matches });
    }

    private static async Task<IReadOnlyList<PersonMatchView>> Matches(string code, ArrivalRequest request, HttpContext context, CatalogReader catalog, IClusterClient cluster)
    {
        var actor = context.Actor();
        return await cluster.GetGrain<IPeopleGrain>(0).Matches(await CommandAsync(code, request, actor, catalog), actor);
    }

    /// <summary>The arrival command of a request, for a point the actor manages; the grain validates the rest.</summary>
    private static async Task<RegisterArrival> CommandAsync(string code, ArrivalRequest request, Actor actor, CatalogReader catalog)
    {
        code = code.Trim().ToUpperInvariant();
        actor.RequireChangeCasesAt(code);
        // A command cannot carry "no sex given".
        new FieldErrors().Required("sex", request.Sex).ThrowIfAny();
        code = await catalog.RequireKnownAsync(code);
        return new RegisterArrival(
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
                request.FamilyGroupId,
                request.PersonId,
                request.RejectedPersonIds,
                request.Unidentified ?? false,
                request.Description,
                request.PrivacyNoticeGiven);
    }
}
