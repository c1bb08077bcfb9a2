using Reception.Contracts.Returnees;
using Reception.Contracts.Shared;

namespace Reception.Contracts.People;

/// <summary>
/// Finding people in the permanent record: searches, the candidates of earlier returns for an arrival, and a
/// person's timeline. Each call checks the actor's scope and is recorded in the access log (or, for a timeline,
/// as a read in each case's events). Stateless: any silo answers; use key 0.
/// </summary>
[Alias("reception.people")]
public interface IPeopleGrain : IGrainWithIntegerKey
{
    [Alias("search")]
    Task<CaseSearchPage> Search(CaseSearch search, Actor actor);

    /// <summary>Earlier returns that may be the arrival's person, best first, one per person, leaving out <paramref name="exceptPersonId"/>.</summary>
    [Alias("matches")]
    Task<IReadOnlyList<PersonMatchView>> Matches(RegisterArrival arrival, Actor actor, string? exceptPersonId = null);

    [Alias("timeline")]
    Task<PersonTimeline> Timeline(string personId, Actor actor);
}
