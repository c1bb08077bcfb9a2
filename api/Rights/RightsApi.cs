using Microsoft.AspNetCore.Http.HttpResults;
using Reception.Api.Auth;
using Reception.Api.Returnees;
using Reception.Contracts.Rights;
using Reception.Contracts.Shared;

namespace Reception.Api.Rights;

/// <summary>
/// The person's rights and the retention policy: <c>GET /api/people/{personId}/export</c> (access),
/// <c>POST /api/people/{personId}/anonymise</c> (cancellation, opposition), <c>GET /api/admin/retention/preview</c> and
/// <c>POST /api/admin/retention/run</c>; the constancia de recepción, <c>GET /api/returnees/{caseId}/constancia</c>, and
/// its anonymous verification, <c>GET /api/verify/{folio}?code=</c>, rate-limited per client address.
/// </summary>
public static class RightsApi
{
    public static RouteGroupBuilder MapRightsApi(this RouteGroupBuilder api)
    {
        var people = api.MapGroup("/people").WithTags("Rights");
        people.MapGet("/{personId}/export", Export).WithName("ExportPerson")
            .WithSummary("Everything held about a person, every case with its registration, assessment, referrals, custody, exit and events, and the access log's entries about them (coordinators; recorded in the access log and in each case).");
        people.MapPost("/{personId}/anonymise", Anonymise).WithName("AnonymisePerson")
            .WithSummary("Anonymises every case of the person on their request (cancellation or opposition; coordinators). Every case must be closed; idempotent; recorded in each case without personal data.");

        var retention = api.MapGroup("/admin/retention").WithTags("Rights");
        retention.MapGet("/preview", Preview).WithName("PreviewRetention")
            .WithSummary("A dry run of the retention policy: the closed cases past the period, by arrival month and point (coordinators; changes nothing).");
        retention.MapPost("/run", Run).WithName("RunRetention")
            .WithSummary("Runs the retention policy now: anonymises the closed cases past the period (coordinators; dryRun=true only reports).");

        api.MapGet("/returnees/{caseId}/constancia", Constancia).WithTags("Rights").WithName("GetConstancia")
            .WithSummary("The constancia de recepción: folio, point, date, the person's name and the verification code its QR code carries (whoever reads the case unredacted; recorded).");
        api.MapGet("/verify/{folio}", Verify).WithTags("Rights").WithName("VerifyConstancia")
            .AllowAnonymous()
            .RequireRateLimiting(VerificationRateLimit.Policy)
            .WithSummary("Public: whether a constancia's folio and verification code are genuine; answers only what is printed (folio, point, date, the name's initials). A forged or unknown folio is a 404.");
        return api;
    }

    private static Task<PersonExport> Export(string personId, HttpContext context, IClusterClient cluster) =>
        cluster.GetGrain<IRightsGrain>(0).Export(personId, context.Actor());

    private static Task<AnonymisationReceipt> Anonymise(string personId, AnonymiseRequest request, HttpContext context, IClusterClient cluster)
    {
        new FieldErrors().Required("reason", request.Reason).Known("reason", request.Reason).Known("requestedBy", request.RequestedBy).ThrowIfAny();
        return cluster.GetGrain<IRightsGrain>(0).Anonymise(personId, request.Reason!.Value, request.RequestedBy, context.Actor());
    }

    private static Task<RetentionReport> Preview(HttpContext context, IClusterClient cluster) =>
        cluster.GetGrain<IRetentionGrain>(IRetentionGrain.Key).Run(dryRun: true, context.Actor());

    private static Task<RetentionReport> Run(bool? dryRun, HttpContext context, IClusterClient cluster) =>
        cluster.GetGrain<IRetentionGrain>(IRetentionGrain.Key).Run(dryRun ?? false, context.Actor());

    private static Task<Constancia> Constancia(string caseId, HttpContext context, IClusterClient cluster) =>
        cluster.GetGrain<ICaseRightsGrain>(cluster.Returnee(caseId).GetPrimaryKeyString()).Constancia(context.Actor());

    private static async Task<Ok<ConstanciaVerification>> Verify(string folio, string? code, IClusterClient cluster)
    {
        new FieldErrors().Required("code", code).ThrowIfAny();
        var verification = ConstanciaCodes.CaseIdOf(folio) is { } caseId
            ? await cluster.GetGrain<ICaseRightsGrain>(caseId).VerifyConstancia(folio, code!)
            : null;
        return verification is not null
            ? TypedResults.Ok(verification)
            : throw ReceptionException.NotFound(ProblemCodes.ConstanciaNotGenuine, ("folio", folio));
    }
}
