using Reception.Api.Auth;
using Reception.Api.Problems;
using Reception.Contracts.Returnees;
using Reception.Contracts.Shared;

namespace Reception.Api.Returnees;

/// <summary>
/// <c>/api/returnees/{caseId}</c>: every read goes through the case grain's audited, redacted view (the grain
/// decides who may see the case and which fields); changes are for the managers of the case's point.
/// </summary>
public static class ReturneesApi
{
    public static RouteGroupBuilder MapReturneesApi(this RouteGroupBuilder api)
    {
        var returnees = api.MapGroup("/returnees").WithTags("Returnees");
        returnees.MapGet("/{caseId}", GetCase).WithName("GetReturnee").WithSummary("A case as the caller may see it (audited; redacted for providers).");
        returnees.MapPut("/{caseId}/assessment", RecordAssessment).WithName("RecordAssessment").WithSummary("Records the needs assessment.");
        returnees.MapGet("/{caseId}/recommendations", GetRecommendations).WithName("GetRecommendations").WithSummary("Programs recommended from the assessment.");
        returnees.MapPost("/{caseId}/referrals", Refer).WithName("CreateReferral").WithSummary("Refers the person to a program (honours Idempotency-Key).");
        returnees.MapPost("/{caseId}/departure", Depart).WithName("RecordDeparture").WithSummary("Records the departure to a destination; cancels open referrals.");
        returnees.MapPost("/{caseId}/transfer", Transfer).WithName("RecordTransfer").WithSummary("Hands the person over to an institution.");
        return api;
    }

    private static Task<ReturneeView> GetCase(string caseId, HttpContext context, IClusterClient cluster) =>
        cluster.Returnee(caseId).View(context.Actor());

    private static async Task<ReturneeView> RecordAssessment(string caseId, AssessmentRequest request, HttpContext context, IClusterClient cluster)
    {
        var actor = RequireManager(context);
        var validator = new RequestValidator()
            .Required("educationLevel", request.EducationLevel)
            .Text("occupation", request.Occupation, 100)
            .Count("skills", request.Skills, 30, 100)
            .Range("yearsAbroad", request.YearsAbroad, 0, 100, required: true)
            .Required("englishLevel", request.EnglishLevel)
            .Count("documentsHeld", request.DocumentsHeld, 20)
            .Text("destinationState", request.DestinationState, 60, required: true)
            .Text("destinationMunicipality", request.DestinationMunicipality, 100)
            .Count("needs", request.Needs, 20)
            .Required("consentToShare", request.ConsentToShare)
            .Text("immediateNeeds", request.ImmediateNeeds, 1000);
        validator.ThrowIfInvalid();
        return await cluster.Returnee(caseId).RecordAssessment(new RecordAssessment(
            request.EducationLevel!.Value,
            Trimmed(request.Occupation),
            request.Skills?.Select(s => s.Trim()).ToArray(),
            request.YearsAbroad!.Value,
            request.EnglishLevel!.Value,
            request.DocumentsHeld?.Distinct().ToArray(),
            request.DestinationState!.Trim(),
            Trimmed(request.DestinationMunicipality),
            request.Needs?.Distinct().ToArray(),
            request.ConsentToShare!.Value,
            request.FamilyInMexico,
            Trimmed(request.ImmediateNeeds)), actor);
    }

    private static Task<IReadOnlyList<Recommendation>> GetRecommendations(string caseId, HttpContext context, IClusterClient cluster) =>
        cluster.Returnee(caseId).GetRecommendations(context.Actor());

    private static async Task<IResult> Refer(string caseId, ReferralRequest request, HttpContext context, IClusterClient cluster)
    {
        var actor = RequireManager(context);
        new RequestValidator()
            .Text("programId", request.ProgramId, 64, required: true)
            .Text("note", request.Note, 1000)
            .ThrowIfInvalid();
        var returnee = cluster.Returnee(caseId);
        var referral = await returnee.Refer(request.ProgramId!.Trim(), Trimmed(request.Note), actor, IdempotencyKey.Read(context));
        return TypedResults.Created($"/api/returnees/{returnee.GetPrimaryKeyString()}", referral);
    }

    private static async Task<ReturneeView> Depart(string caseId, DepartureRequest request, HttpContext context, IClusterClient cluster)
    {
        var actor = RequireManager(context);
        new RequestValidator()
            .Text("destinationState", request.DestinationState, 60, required: true)
            .Text("destinationMunicipality", request.DestinationMunicipality, 100)
            .ThrowIfInvalid();
        return await cluster.Returnee(caseId).Depart(
            new DepartCommand(request.DestinationState!.Trim(), Trimmed(request.DestinationMunicipality), request.Transport), actor);
    }

    private static async Task<ReturneeView> Transfer(string caseId, TransferRequest request, HttpContext context, IClusterClient cluster)
    {
        var actor = RequireManager(context);
        new RequestValidator()
            .Text("institution", request.Institution, 200, required: true)
            .Text("note", request.Note, 1000)
            .ThrowIfInvalid();
        return await cluster.Returnee(caseId).Transfer(new TransferCommand(request.Institution!.Trim(), Trimmed(request.Note)), actor);
    }

    // Changes to a case are a point manager's; the grain checks that the case is at one of their points.
    private static Actor RequireManager(HttpContext context)
    {
        var actor = context.Actor();
        if (actor.Role != ActorRole.PointManager)
        {
            throw ReceptionException.Forbidden($"Only the managers of a case's point may change it; you are a {ReceptionClaims.RoleName(actor.Role)}.");
        }
        return actor;
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
