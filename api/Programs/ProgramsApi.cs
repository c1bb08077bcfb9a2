using Reception.Api.Auth;
using Reception.Api.Catalog;
using Reception.Contracts.Programs;
using Reception.Contracts.Returnees;
using Reception.Contracts.Shared;

namespace Reception.Api.Programs;

/// <summary>
/// <c>/api/programs</c>: the catalog with live counts (everyone), a program's queue (coordinators, its
/// providers; managers see only the entries from their points) and the provider's actions on a referral.
/// </summary>
public static class ProgramsApi
{
    public static RouteGroupBuilder MapProgramsApi(this RouteGroupBuilder api)
    {
        var programs = api.MapGroup("/programs").WithTags("Programs");
        programs.MapGet("", ListPrograms).WithName("ListPrograms").WithSummary("Every program with its pending referrals.");
        programs.MapGet("/{id}", GetProgram).WithName("GetProgram").WithSummary("A program and its queue of referrals.");
        programs.MapPost("/{id}/referrals/{referralId}/accept", Accept).WithName("AcceptReferral").WithSummary("The provider accepts a referral.");
        programs.MapPost("/{id}/referrals/{referralId}/decline", Decline).WithName("DeclineReferral").WithSummary("The provider declines a referral, with a reason.");
        programs.MapPost("/{id}/referrals/{referralId}/complete", Complete).WithName("CompleteReferral").WithSummary("The provider marks a referral done, with an outcome.");
        return api;
    }

    private static async Task<ProgramSummary[]> ListPrograms(CatalogReader catalog, IClusterClient cluster)
    {
        var snapshot = await catalog.GetAsync();
        var summaries = await Task.WhenAll(snapshot.Programs.Select(p => cluster.GetGrain<IProgramGrain>(p.Id).GetSummary()));
        return summaries.OrderBy(s => s.Id, StringComparer.Ordinal).ToArray();
    }

    private static async Task<ProgramDetailResponse> GetProgram(string id, HttpContext context, CatalogReader catalog, IClusterClient cluster)
    {
        var scope = context.Actor().RequireProgramQueue(id);
        await catalog.RequireKnownProgramAsync(id);
        return ProgramDetailResponse.For(context.Actor(), scope, await cluster.GetGrain<IProgramGrain>(id).GetDetail());
    }

    private static async Task<ReferralResult> Accept(string id, string referralId, HttpContext context, CatalogReader catalog, IClusterClient cluster)
    {
        var (actor, returnee) = await PrepareAsync(id, referralId, context, catalog, cluster);
        return ReferralResult.From(await returnee.AcceptReferral(referralId, id, actor));
    }

    private static async Task<ReferralResult> Decline(string id, string referralId, DeclineRequest request, HttpContext context, CatalogReader catalog, IClusterClient cluster)
    {
        var (actor, returnee) = await PrepareAsync(id, referralId, context, catalog, cluster);
        return ReferralResult.From(await returnee.DeclineReferral(referralId, id, request.Reason ?? "", actor));
    }

    private static async Task<ReferralResult> Complete(string id, string referralId, CompleteRequest request, HttpContext context, CatalogReader catalog, IClusterClient cluster)
    {
        var (actor, returnee) = await PrepareAsync(id, referralId, context, catalog, cluster);
        return ReferralResult.From(await returnee.CompleteReferral(referralId, id, request.Outcome ?? "", actor));
    }

    private static async Task<(Actor Actor, IReturneeGrain Returnee)> PrepareAsync(
        string id, string referralId, HttpContext context, CatalogReader catalog, IClusterClient cluster)
    {
        var actor = context.Actor();
        actor.RequireActOnReferralsOf(id);
        await catalog.RequireKnownProgramAsync(id);
        var caseId = ReferralIds.CaseIdOf(referralId);
        return (actor, cluster.GetGrain<IReturneeGrain>(caseId));
    }
}

/// <summary>The answer to a provider's action: <c>{referralId, status, …}</c>.</summary>
public sealed record ReferralResult(string ReferralId, string ProgramId, ReferralStatus Status, DateTimeOffset StatusChangedAt, string? Reason, string? Outcome)
{
    public static ReferralResult From(ReferralView view) =>
        new(view.ReferralId, view.ProgramId, view.Status, view.StatusChangedAt, view.Reason, view.Outcome);
}
