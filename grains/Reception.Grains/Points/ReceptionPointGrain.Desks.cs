using System.Text.RegularExpressions;
using Reception.Contracts.Points;
using Reception.Contracts.Returnees;
using Reception.Grains.Shared;

namespace Reception.Grains.Points;

/// <summary>
/// Intake desks (módulos) calling people to the interview. Who is called is chosen and recorded in one turn of the
/// point grain, before its write, so concurrent calls never get the same person; the write that holds the call is
/// awaited before answering. A person leaves their desk when their stage moves on from arrived, or when they leave.
/// </summary>
internal sealed partial class ReceptionPointGrain
{
    [GeneratedRegex(Patterns.Desk)]
    private static partial Regex DeskFormat();

    public async Task<DeskCall?> CallNext(string desk, Actor actor)
    {
        EnsureConfigured();
        actor.RequireChangeCasesAt(Code);
        desk = ValidDesk(desk);
        foreach (var previous in S.Desks.Where(d => d.Value == desk).Select(d => d.Key).ToList())
        {
            S.Desks.Remove(previous);
        }
        var next = Waiting().FirstOrDefault();
        if (next is not null)
        {
            S.Desks[next.CaseId] = desk;
        }
        _queueChanged = true;
        await Mirror.WriteAsync();
        return next is null ? null : Call(next, desk);
    }

    public async Task<DeskCall> CallToDesk(string caseId, string desk, Actor actor)
    {
        EnsureConfigured();
        actor.RequireChangeCasesAt(Code);
        desk = ValidDesk(desk);
        var person = S.Present.Values.FirstOrDefault(c => c.CaseId == caseId && c.Stage == Stage.Arrived)
            ?? throw ReceptionException.Conflict(ProblemCodes.NotWaitingForDesk, ("caseId", caseId), ("point", Code));
        foreach (var previous in S.Desks.Where(d => d.Value == desk && d.Key != caseId).Select(d => d.Key).ToList())
        {
            S.Desks.Remove(previous);
        }
        S.Desks[caseId] = desk;
        _queueChanged = true;
        await Mirror.WriteAsync();
        return Call(person, desk);
    }

    public async Task ReturnToQueue(string caseId, Actor actor)
    {
        EnsureConfigured();
        actor.RequireChangeCasesAt(Code);
        if (S.Desks.Remove(caseId))
        {
            _queueChanged = true;
            await Mirror.WriteAsync();
        }
    }

    /// <summary>The people waiting for the interview and not at a desk, in the queue's order.</summary>
    private IEnumerable<CaseUpdate> Waiting() => S.Present.Values
        .Where(c => c.Stage == Stage.Arrived && !S.Desks.ContainsKey(c.CaseId))
        .ByUrgency(c => c.Priority, c => c.PriorityScore, c => c.EnteredStageAt);

    private static DeskCall Call(CaseUpdate person, string desk) => new(person.CaseId, person.GivenNames, person.Surnames, person.Priority, desk);

    private static string ValidDesk(string? desk)
    {
        var trimmed = desk?.Trim() ?? "";
        new FieldErrors().AddIf(!DeskFormat().IsMatch(trimmed), "desk", ProblemCodes.DeskFormat, ("value", trimmed)).ThrowIfAny();
        return trimmed;
    }
}
