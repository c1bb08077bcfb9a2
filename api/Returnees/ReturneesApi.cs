using Microsoft.AspNetCore.Http.HttpResults;
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
        returnees.MapGet("/{caseId}/audit", GetAudit).WithName("GetReturneeAudit")
            .WithSummary("A page of the case's audit trail, newest first (the read is recorded; never for providers).")
            .WithDescription("Entries with sequence below `before`, at most `limit` (1–500, default 50). `nextBefore` is the cursor of the next, older page (null on the last), also given as a `Link: <…>; rel=\"next\"` header.");
        returnees.MapPut("/{caseId}/assessment", RecordAssessment).WithName("RecordAssessment").WithSummary("Records the needs assessment.");
        returnees.MapGet("/{caseId}/recommendations", GetRecommendations).WithName("GetRecommendations").WithSummary("Programs recommended from the assessment.");
        returnees.MapPost("/{caseId}/referrals", Refer).WithName("CreateReferral").WithSummary("Refers the person to a program (honours Idempotency-Key).")
            .WithDescription("Outside the mandatory categories (child protection for an unaccompanied minor, health for a medical urgency) the person must have consented to share the assessment, or `consentOverride.reason` says why the referral is made without it; otherwise 409 `consentRequired`. The referral's `basis` says which (`consent`, `mandatory`, `override`).");
        returnees.MapPut("/{caseId}/consent/{purpose}", RecordConsent).WithName("RecordConsent")
            .WithSummary("Gives or withdraws the person's consent for one purpose (`shareAssessment`, `followUpContact`); recorded with who and when.")
            .WithDescription("A withdrawal applies to the next read: a provider then sees only the flags its program's category needs, and no assessment. Recording the decision that already stands changes nothing.");
        returnees.MapPost("/{caseId}/departure", Depart).WithName("RecordDeparture").WithSummary("Records the departure to a destination; cancels open referrals.");
        returnees.MapPost("/{caseId}/transfer", Transfer).WithName("RecordTransfer").WithSummary("Hands the person over to an institution.");
        returnees.MapPost("/{caseId}/custody", RecordCustody).WithName("RecordCustodyStep")
            .WithSummary("Appends a step to an unaccompanied child's chain of custody; returns the custody with the whole chain.")
            .WithDescription("Reception and handover to child protection by the point's managers; confirmation, shelter, transfer to the child-protection office and reunification by the child-protection program's providers (the last three close the case); a correction by either. Out of order → 409 `custodyStepOutOfOrder`.");
        returnees.MapPost("/{caseId}/separation", RecordSeparation).WithName("RecordSeparation")
            .WithSummary("Records that the accompanying adult is separated from the person; a minor becomes unaccompanied and is referred to child protection.");
        returnees.MapPut("/{caseId}/person", LinkPerson).WithName("LinkPerson")
            .WithSummary("Links the case to the person of earlier returns (the point's managers); recorded and reversible.");
        returnees.MapDelete("/{caseId}/person", UnlinkPerson).WithName("UnlinkPerson")
            .WithSummary("Undoes a link: the case becomes a person of its own under a new person id.");
        returnees.MapPatch("/{caseId}/registration", CorrectRegistration).WithName("CorrectRegistration")
            .WithSummary("Corrects the registration (names, date of birth or estimated age, sex, CURP, origin state) with a reason; old and new values are recorded.");
        return api;
    }

    private static async Task<ReturneeView> LinkPerson(string caseId, PersonLinkRequest request, HttpContext context, IClusterClient cluster)
    {
        new FieldErrors().Required("personId", request.PersonId).ThrowIfAny();
        return await cluster.Returnee(caseId).LinkPerson(request.PersonId!, context.Actor());
    }

    private static Task<ReturneeView> UnlinkPerson(string caseId, HttpContext context, IClusterClient cluster) =>
        cluster.Returnee(caseId).UnlinkPerson(context.Actor());

    private static Task<ReturneeView> CorrectRegistration(string caseId, RegistrationCorrectionRequest request, HttpContext context, IClusterClient cluster) =>
        cluster.Returnee(caseId).CorrectRegistration(new RegistrationCorrection(
            request.Reason ?? "", request.GivenNames, request.Surnames, request.DateOfBirth, request.EstimatedAge, request.Sex,
            request.Curp, request.OriginState), context.Actor());

    private static async Task<Created<CustodyView>> RecordCustody(string caseId, CustodyStepRequest request, HttpContext context, IClusterClient cluster)
    {
        new FieldErrors().Required("step", request.Step).ThrowIfAny();
        var returnee = cluster.Returnee(caseId);
        var custody = await returnee.RecordCustody(new RecordCustodyStep(
            request.Step!.Value, request.At, request.FromName, request.FromInstitution, request.ToName, request.ToInstitution,
            request.Document, request.Note, request.RelativeName, request.Relationship, request.IdentityDocument), context.Actor());
        return TypedResults.Created($"/api/returnees/{returnee.GetPrimaryKeyString()}", custody);
    }

    private static Task<ReturneeView> RecordSeparation(string caseId, SeparationRequest request, HttpContext context, IClusterClient cluster) =>
        cluster.Returnee(caseId).RecordSeparation(request.Reason ?? "", context.Actor());

    private static Task<ReturneeView> GetCase(string caseId, HttpContext context, IClusterClient cluster) =>
        cluster.Returnee(caseId).View(context.Actor());

    private static async Task<AuditPage> GetAudit(string caseId, long? before, int? limit, HttpContext context, IClusterClient cluster)
    {
        new FieldErrors()
            .AtLeast("before", before, 1)
            .Range("limit", limit, 1, Limits.MaxAuditPageSize)
            .ThrowIfAny();
        var size = limit ?? Limits.AuditPageSize;
        var page = await cluster.Returnee(caseId).GetAudit(context.Actor(), before, size);
        AuditLink.AddNext(context, page.NextBefore, size);
        return page;
    }

    private static async Task<ReturneeView> RecordAssessment(string caseId, AssessmentRequest request, HttpContext context, IClusterClient cluster)
    {
        // The grain validates the rest; a command cannot leave these out.
        new FieldErrors()
            .Required("educationLevel", request.EducationLevel)
            .Required("yearsAbroad", request.YearsAbroad)
            .Required("englishLevel", request.EnglishLevel)
            .Required("consentToShare", request.ConsentToShare)
            .ThrowIfAny();
        return await cluster.Returnee(caseId).RecordAssessment(new RecordAssessment(
            request.EducationLevel!.Value,
            request.Occupation,
            request.Skills,
            request.YearsAbroad!.Value,
            request.EnglishLevel!.Value,
            request.DocumentsHeld?.Distinct().ToArray(),
            request.DestinationState ?? "",
            request.DestinationMunicipality,
            request.Needs?.Distinct().ToArray(),
            request.ConsentToShare!.Value,
            request.FamilyInMexico,
            request.ImmediateNeeds), context.Actor());
    }

    private static Task<IReadOnlyList<Recommendation>> GetRecommendations(string caseId, HttpContext context, IClusterClient cluster) =>
        cluster.Returnee(caseId).GetRecommendations(context.Actor());

    private static async Task<Created<ReferralView>> Refer(string caseId, ReferralRequest request, HttpContext context, IClusterClient cluster)
    {
        new FieldErrors()
            .Required("programId", request.ProgramId)
            .Text("consentOverride.reason", request.ConsentOverride?.Reason, Limits.NoteLength, required: request.ConsentOverride is not null)
            .ThrowIfAny();
        var returnee = cluster.Returnee(caseId);
        var referral = await returnee.Refer(
            request.ProgramId!.Trim(), request.Note, context.Actor(), IdempotencyKey.Read(context), request.ConsentOverride?.Reason);
        return TypedResults.Created($"/api/returnees/{returnee.GetPrimaryKeyString()}", referral);
    }

    private static async Task<ReturneeView> RecordConsent(string caseId, string purpose, ConsentRequest request, HttpContext context, IClusterClient cluster)
    {
        var errors = new FieldErrors().Required("given", request.Given);
        var known = Enum.TryParse<ConsentPurpose>(purpose.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(purpose, out _);
        errors.AddIf(!known, "purpose", ProblemCodes.NotOneOf, ("value", purpose), ("accepted", AcceptedValues.Of<ConsentPurpose>()))
            .ThrowIfAny();
        return await cluster.Returnee(caseId).RecordConsent(value, request.Given!.Value, request.Note, context.Actor());
    }

    private static Task<ReturneeView> Depart(string caseId, DepartureRequest request, HttpContext context, IClusterClient cluster) =>
        cluster.Returnee(caseId).Depart(new DepartCommand(request.DestinationState ?? "", request.DestinationMunicipality, request.Transport), context.Actor());

    private static Task<ReturneeView> Transfer(string caseId, TransferRequest request, HttpContext context, IClusterClient cluster) =>
        cluster.Returnee(caseId).Transfer(new TransferCommand(request.Institution ?? "", request.Note), context.Actor());
}
