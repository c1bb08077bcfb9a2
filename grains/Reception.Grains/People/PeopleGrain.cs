using Microsoft.Extensions.Options;
using Reception.Contracts.People;
using Reception.Contracts.Returnees;
using Reception.Grains.Catalog;
using Reception.Grains.Records;
using Reception.Grains.Returnees;
using Reception.Grains.Shared;

namespace Reception.Grains.People;

/// <summary>
/// Searches, candidates and timelines over the record. Searches and candidate lists go to the access log with
/// their query and how many people they showed; a timeline is a read recorded in each case it shows.
/// </summary>
[StatelessWorker]
[GrainType("reception.people")]
internal sealed class PeopleGrain(IPeopleRecord people, IRecordStore records, ICatalogCache catalog, IOptions<PrivacyOptions> privacy, TimeProvider time)
    : Grain, IPeopleGrain
{
    public const string SearchedAction = "casesSearched";
    public const string MatchesAction = "matchesListed";

    public async Task<CaseSearchPage> Search(CaseSearch search, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(search);
        var scope = actor.CaseSearchScope(time.GetUtcNow(), privacy.Value.ProviderAccessAfterClose);
        var point = TextRules.Clean(search.Point)?.ToUpperInvariant();
        var curp = TextRules.Clean(search.Curp)?.ToUpperInvariant();
        var q = TextRules.Clean(search.Q);
        var errors = new FieldErrors()
            .Text("q", q, Limits.SearchTextLength)
            .Range("limit", search.Limit, 1, Limits.MaxSearchPageSize)
            .AddIf(search.From > search.To, "from", ProblemCodes.RangeReversed, ("from", search.From), ("to", search.To));
        if (curp is not null && Curp.Problem(curp) is { } curpProblem)
        {
            errors.Add("curp", curpProblem); // an exact search of what cannot be a CURP would find nobody
        }
        errors.ThrowIfAny();
        if (point is not null && scope.Points is not null)
        {
            actor.RequireReadPoint(point);
        }
        SearchCursor.Decode(search.Cursor);
        var normalized = search with { Q = q, Curp = curp, Point = point };
        var page = await people.SearchAsync(normalized, scope);
        await records.AppendAccessAsync(new AccessEntry(time.GetUtcNow(), actor.UserName, AcceptedValues.NameOf(actor.Role), SearchedAction,
            point is null ? "cases" : $"point:{point}", page.Items.Count, Facts(
                ("q", q), ("curp", curp), ("dateOfBirth", Text(search.DateOfBirth)), ("point", point), ("from", Text(search.From)),
                ("to", Text(search.To)), ("stage", search.Stage is { } stage ? AcceptedValues.NameOf(stage) : null), ("cursor", search.Cursor))));
        var items = new List<CaseSearchItem>(page.Items.Count);
        foreach (var item in page.Items)
        {
            items.Add(item with { TimeZone = await catalog.ZoneOfAsync(item.PointCode) });
        }
        return page with { Items = items };
    }

    public async Task<IReadOnlyList<PersonMatchView>> Matches(RegisterArrival arrival, Actor actor, string? exceptPersonId = null)
    {
        ArgumentNullException.ThrowIfNull(arrival);
        var point = await catalog.FindPointAsync(arrival.PointCode.Trim().ToUpperInvariant())
            ?? throw ReceptionException.NotFound(ProblemCodes.PointNotFound, ("point", arrival.PointCode));
        actor.RequireChangeCasesAt(point.Code);
        var normalized = ArrivalRules.Normalize(arrival);
        var probe = new MatchSubject(normalized.GivenNames, normalized.Surnames, normalized.Sex, normalized.DateOfBirth, normalized.EstimatedAge,
            LocalTime.Date(point.TimeZoneId, time.GetUtcNow()), normalized.Curp is { } curp && Curp.Problem(curp) is null ? curp : null);
        var rows = await people.CandidatesAsync(CandidateRanking.Query(probe));
        var excluded = new HashSet<string>(normalized.RejectedPersonIds ?? [], StringComparer.Ordinal);
        if (exceptPersonId is not null)
        {
            excluded.Add(exceptPersonId);
        }
        var matches = CandidateRanking.Rank(probe, rows, excluded, Limits.MaxPersonMatches);
        if (matches.Count == 0)
        {
            return matches; // nobody's data was shown: nothing to log (most new people, one write less per arrival)
        }
        await records.AppendAccessAsync(new AccessEntry(time.GetUtcNow(), actor.UserName, AcceptedValues.NameOf(actor.Role), MatchesAction,
            $"point:{point.Code}", matches.Count, Facts(
                ("givenNames", normalized.GivenNames), ("surnames", normalized.Surnames), ("dateOfBirth", Text(normalized.DateOfBirth)),
                ("estimatedAge", normalized.EstimatedAge?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("curp", normalized.Curp))));
        var zoned = new List<PersonMatchView>(matches.Count);
        foreach (var match in matches)
        {
            zoned.Add(match with { TimeZone = await catalog.ZoneOfAsync(match.PointCode) });
        }
        return zoned;
    }

    public async Task<PersonTimeline> Timeline(string personId, Actor actor)
    {
        personId = personId?.Trim().ToUpperInvariant() ?? "";
        new FieldErrors().AddIf(!PersonIds.IsValid(personId), "personId", ProblemCodes.NotPersonId, ("value", personId)).ThrowIfAny();
        var cases = await people.CasesOfPersonAsync(personId);
        if (cases.Count == 0)
        {
            throw ReceptionException.NotFound(ProblemCodes.PersonNotFound, ("personId", personId));
        }
        // A provider reads the returns whose referral to their program still gives access (open, or closed lately).
        var now = time.GetUtcNow();
        var readable = cases.Select(c => (Case: c, Programs: c.ProgramIdsWithAccess(now, privacy.Value.ProviderAccessAfterClose))).ToList();
        actor.RequireReadPerson(personId, readable.Select(c => (c.Case.PointCode, (IEnumerable<string>)c.Programs)));
        var summaries = await Task.WhenAll(readable
            .Where(c => actor.MayReadReturn(c.Programs))
            .Select(c => c.Case)
            .Select(c => GrainFactory.GetGrain<IReturneeGrain>(c.CaseId).Summary(actor)));
        return new PersonTimeline(personId, summaries.Where(s => s.PersonId == personId).OrderBy(s => s.ArrivedAt).ToList());
    }

    private static Dictionary<string, string> Facts(params (string Name, string? Value)[] facts) =>
        facts.Where(f => f.Value is not null).ToDictionary(f => f.Name, f => f.Value!, StringComparer.Ordinal);

    private static string? Text(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
