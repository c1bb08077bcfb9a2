using Reception.Api.Auth;
using Reception.Api.Catalog;
using Reception.Api.Points;
using Reception.Api.Problems;
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
    public const int MaxNameLength = 100;

    public static RouteGroupBuilder MapArrivalsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/points/{code}/arrivals", RegisterArrival)
            .WithTags("Returnees")
            .WithName("RegisterArrival")
            .WithSummary("Registers an arrival at a point and returns the case id and reception certificate (honours Idempotency-Key).");
        return api;
    }

    private static async Task<IResult> RegisterArrival(string code, ArrivalRequest request, HttpContext context, CatalogReader catalog, IClusterClient cluster)
    {
        var actor = context.Actor();
        code = code.Trim().ToUpperInvariant();
        actor.RequireManagerOf(code);
        Validate(request);
        var key = IdempotencyKey.Read(context);
        code = await catalog.RequireKnownAsync(code);

        var caseId = key is null ? CaseIds.New() : CaseIds.FromIdempotencyKey(code, key);
        var receipt = await cluster.GetGrain<IReturneeGrain>(caseId).Register(
            new RegisterArrival(
                code,
                request.GivenNames!.Trim(),
                request.Surnames!.Trim(),
                request.Sex!.Value,
                request.DateOfBirth,
                request.EstimatedAge,
                string.IsNullOrWhiteSpace(request.Curp) ? null : request.Curp.Trim().ToUpperInvariant(),
                string.IsNullOrWhiteSpace(request.AccompanyingCaseId) ? null : request.AccompanyingCaseId.Trim().ToUpperInvariant(),
                request.Vulnerabilities?.Distinct().ToArray(),
                string.IsNullOrWhiteSpace(request.NoticeId) ? null : request.NoticeId.Trim(),
                request.Transport),
            actor);
        return TypedResults.Created($"/api/returnees/{receipt.CaseId}", receipt);
    }

    private static void Validate(ArrivalRequest request)
    {
        var validator = new RequestValidator()
            .Text("givenNames", request.GivenNames, MaxNameLength, required: true)
            .Text("surnames", request.Surnames, MaxNameLength, required: true)
            .Required("sex", request.Sex)
            .Range("estimatedAge", request.EstimatedAge, 0, 120)
            .Text("curp", request.Curp, 18)
            .Text("noticeId", request.NoticeId, 64)
            .Count("vulnerabilities", request.Vulnerabilities, 20);
        if (!string.IsNullOrWhiteSpace(request.Curp) && Curp.Problem(request.Curp.Trim().ToUpperInvariant()) is { } curpProblem)
        {
            validator.Add("curp", curpProblem);
        }
        if (!string.IsNullOrWhiteSpace(request.AccompanyingCaseId) && !CaseIds.IsValid(request.AccompanyingCaseId.Trim().ToUpperInvariant()))
        {
            validator.Add("accompanyingCaseId", $"'{request.AccompanyingCaseId}' is not a case id.");
        }
        validator.ThrowIfInvalid();
    }
}
