using Reception.Api.Auth;
using Reception.Api.History;
using Reception.Contracts.People;
using Reception.Contracts.Returnees;
using Reception.Contracts.Shared;

namespace Reception.Api.Returnees;

/// <summary>
/// <c>GET /api/returnees</c>: searching cases within the caller's scope (coordinators every case, managers their
/// points', providers those referred to their programs); <c>GET /api/people/{personId}</c>: a person's every return.
/// Every search is in the access log; a timeline is a read recorded in each case.
/// </summary>
public static class SearchApi
{
    public static RouteGroupBuilder MapSearchApi(this RouteGroupBuilder api)
    {
        api.MapGet("/returnees", Search).WithTags("Returnees").WithName("SearchReturnees")
            .WithSummary("Searches cases by names, case id, certificate, CURP, date of birth, point, arrival dates and stage; newest first (recorded in the access log).")
            .WithDescription("`q` matches names (case-, accent- and spelling-insensitive; initials match a word's first letter), a case id or a certificate number. `from`/`to` are arrival days (YYYY-MM-DD) at the point. `limit` 1–100 (default 25); `next` is the cursor of the following page.");
        api.MapGet("/people/{personId}", Timeline).WithTags("Returnees").WithName("GetPerson")
            .WithSummary("A person's every return, oldest first: dates, points, stage reached, referrals and outcomes, custody steps (each read recorded in its case).");
        return api;
    }

    private static Task<CaseSearchPage> Search(
        string? q, string? curp, string? dateOfBirth, string? point, string? from, string? to, string? stage, string? cursor, int? limit,
        HttpContext context, IClusterClient cluster)
    {
        var errors = new FieldErrors();
        var born = DayRange.Optional(errors, "dateOfBirth", dateOfBirth);
        var first = DayRange.Optional(errors, "from", from);
        var last = DayRange.Optional(errors, "to", to);
        Stage? parsedStage = null;
        if (!string.IsNullOrWhiteSpace(stage))
        {
            if (Enum.TryParse<Stage>(stage.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(stage, out _))
            {
                parsedStage = value;
            }
            else
            {
                errors.Add("stage", ProblemCodes.NotOneOf, ("value", stage), ("accepted", AcceptedValues.Of<Stage>()));
            }
        }
        errors.Range("limit", limit, 1, Limits.MaxSearchPageSize).ThrowIfAny();
        return cluster.GetGrain<IPeopleGrain>(0).Search(
            new CaseSearch(q, curp, born, point, first, last, parsedStage, string.IsNullOrWhiteSpace(cursor) ? null : cursor.Trim(), limit ?? Limits.SearchPageSize),
            context.Actor());
    }

    private static Task<PersonTimeline> Timeline(string personId, HttpContext context, IClusterClient cluster) =>
        cluster.GetGrain<IPeopleGrain>(0).Timeline(personId, context.Actor());
}
