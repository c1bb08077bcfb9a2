using Microsoft.Extensions.Logging;
using Reception.Contracts.Catalog;
using Reception.Contracts.Points;
using Reception.Contracts.Programs;
using Reception.Grains.Shared;

namespace Reception.Grains.Catalog;

/// <summary>
/// The catalog, and the event log's outbox: a change and its event are one state write, so the log cannot miss a change
/// nor hold one that did not happen; the event then moves to the record (<see cref="ICatalogRecord"/>), where the log is
/// kept and read, and leaves the state (if the record cannot take it, it waits for the next change or activation).
/// Administrators' definitions are validated here against the whole catalog, then handed to the
/// point or program grain, which configures itself and records its profile back here (a call of the same chain).
/// </summary>
[GrainType("reception.catalog")]
internal sealed partial class CatalogGrain(
    [PersistentState("catalog", StorageNames.Reception)] IPersistentState<CatalogState> state,
    ICatalogRecord record,
    TimeProvider time,
    ILogger<CatalogGrain> logger) : Grain, ICatalogGrain
{
    private CatalogSnapshot? _snapshot;

    private CatalogState S => state.State;

    // Events of an older version kept the whole log in the state: they move to the record here.
    public override Task OnActivateAsync(CancellationToken cancellationToken) => MoveEventsToRecordAsync();

    public Task<CatalogSnapshot> Get() =>
        Task.FromResult(_snapshot ??= new CatalogSnapshot(
            S.Version,
            S.Points.Values.OrderBy(p => p.Code, StringComparer.Ordinal).ToList(),
            S.Programs.Values.OrderBy(p => p.Id, StringComparer.Ordinal).ToList()));

    public async Task UpsertPoint(PointProfile profile, Actor? actor = null)
    {
        var (action, changes) = CatalogChanges.Of(S.Points.GetValueOrDefault(profile.Code), profile);
        if (action == CatalogAction.Unchanged)
        {
            return;
        }
        S.Points[profile.Code] = profile;
        await SaveAsync(actor, CatalogEntryKind.Point, profile.Code, action, changes);
    }

    public async Task UpsertProgram(ProgramProfile profile, Actor? actor = null)
    {
        var (action, changes) = CatalogChanges.Of(S.Programs.GetValueOrDefault(profile.Id), profile);
        if (action == CatalogAction.Unchanged)
        {
            return;
        }
        S.Programs[profile.Id] = profile;
        await SaveAsync(actor, CatalogEntryKind.Program, profile.Id, action, changes);
    }

    public async Task<CatalogAction> DefinePoint(PointDefinition definition, CatalogWrite write, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(definition);
        actor.RequireAdminister();
        var code = CatalogDefinitions.Code(definition.Code);
        var existing = S.Points.GetValueOrDefault(code);
        var errors = new FieldErrors();
        var profile = CatalogDefinitions.Point(errors, definition, existing);
        RequireExistence(write, existing is not null && existing != profile, existing is not null, ProblemCodes.PointExists, ProblemCodes.PointNotFound, ("point", code));
        errors.ThrowIfAny();
        return await ConfigureAsync(profile, existing, actor);
    }

    public async Task<CatalogAction> DefineProgram(ProgramDefinition definition, CatalogWrite write, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(definition);
        actor.RequireAdminister();
        var id = definition.Id?.Trim() ?? "";
        var existing = S.Programs.GetValueOrDefault(id);
        var errors = new FieldErrors();
        var profile = CatalogDefinitions.Program(errors, definition, existing, S.Points.Keys.ToHashSet(StringComparer.Ordinal));
        RequireExistence(write, existing is not null && CatalogChanges.Of(existing, profile).Action != CatalogAction.Unchanged, existing is not null,
            ProblemCodes.ProgramExists, ProblemCodes.ProgramNotFound, ("program", id));
        errors.ThrowIfAny();
        return await ConfigureAsync(profile, existing, actor);
    }

    public async Task<CatalogImportReport> Import(CatalogFile file, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(file);
        actor.RequireAdminister();
        var errors = new FieldErrors();
        var points = Checked(file.Points, (d, prefix) =>
            CatalogDefinitions.Point(errors, d, S.Points.GetValueOrDefault(CatalogDefinitions.Code(d.Code)), prefix), p => p.Code, "points", errors);
        var known = S.Points.Keys.Concat(points.Select(p => p.Code)).ToHashSet(StringComparer.Ordinal);
        var programs = Checked(file.Programs, (d, prefix) =>
            CatalogDefinitions.Program(errors, d, S.Programs.GetValueOrDefault(d.Id?.Trim() ?? ""), known, prefix), p => p.Id, "programs", errors);
        errors.ThrowIfAny();

        var lines = new List<CatalogImportLine>();
        foreach (var point in points)
        {
            lines.Add(new(CatalogEntryKind.Point, point.Code, await ConfigureAsync(point, S.Points.GetValueOrDefault(point.Code), actor)));
        }
        foreach (var program in programs)
        {
            lines.Add(new(CatalogEntryKind.Program, program.Id, await ConfigureAsync(program, S.Programs.GetValueOrDefault(program.Id), actor)));
        }
        return new CatalogImportReport(lines);
    }

    public async Task<IReadOnlyList<CatalogEvent>> GetEvents(int limit)
    {
        limit = Math.Clamp(limit, 0, Limits.MaxCatalogEvents);
        var recorded = await record.LatestAsync(limit);
        // Events still waiting in the state are newer than any the record has, but may already be there too.
        return S.Events.Concat(recorded).DistinctBy(e => e.Sequence).OrderByDescending(e => e.Sequence).Take(limit).ToList();
    }

    private Task<CatalogAction> ConfigureAsync(PointProfile profile, PointProfile? existing, Actor actor) =>
        ConfigureAsync(CatalogChanges.Of(existing, profile).Action, () => GrainFactory.GetGrain<IReceptionPointGrain>(profile.Code).Configure(profile, actor));

    private Task<CatalogAction> ConfigureAsync(ProgramProfile profile, ProgramProfile? existing, Actor actor) =>
        ConfigureAsync(CatalogChanges.Of(existing, profile).Action, () => GrainFactory.GetGrain<IProgramGrain>(profile.Id).Configure(profile, actor));

    private static async Task<CatalogAction> ConfigureAsync(CatalogAction action, Func<Task> configure)
    {
        if (action != CatalogAction.Unchanged)
        {
            // The point or program grain records its profile back here: a call of this chain, so it must not wait for this turn to end.
            using var reentrancy = RequestContext.AllowCallChainReentrancy();
            await configure();
        }
        return action;
    }

    /// <summary>Each entry checked with its place in the file as its fields' prefix; a key given twice is refused.</summary>
    private static List<TProfile> Checked<TDefinition, TProfile>(
        IReadOnlyList<TDefinition?>? entries, Func<TDefinition, string, TProfile> check, Func<TProfile, string> key, string list, FieldErrors errors)
    {
        var profiles = new List<TProfile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (entry, i) in (entries ?? []).Select((e, i) => (e, i)))
        {
            var prefix = $"{list}[{i}].";
            if (entry is null)
            {
                errors.Add($"{list}[{i}]", ProblemCodes.Required);
                continue;
            }
            var profile = check(entry, prefix);
            var name = list == "points" ? "code" : "id";
            errors.AddIf(!seen.Add(key(profile)), prefix + name, ProblemCodes.DuplicateInFile, ("value", key(profile)));
            profiles.Add(profile);
        }
        return profiles;
    }

    /// <summary>A creation of what exists differently, or a change of what does not exist; a creation repeated as it was is a replay.</summary>
    private static void RequireExistence(CatalogWrite write, bool existsDifferently, bool exists, string existsCode, string missingCode, (string, object?) parameter)
    {
        if (write == CatalogWrite.Create && existsDifferently)
        {
            throw ReceptionException.Conflict(existsCode, parameter);
        }
        if (write == CatalogWrite.Update && !exists)
        {
            throw ReceptionException.NotFound(missingCode, parameter);
        }
    }

    private async Task SaveAsync(Actor? actor, CatalogEntryKind kind, string key, CatalogAction action, IReadOnlyList<FieldChange> changes)
    {
        var who = actor ?? Actor.System();
        S.Version++;
        S.Events.Add(new CatalogEvent(S.Version, time.GetUtcNow(), who.UserName, who.Role, kind, key, action, changes));
        _snapshot = null;
        await state.WriteOrDeactivateAsync(this);
        await MoveEventsToRecordAsync();
    }

    private async Task MoveEventsToRecordAsync()
    {
        if (S.Events.Count == 0)
        {
            return;
        }
        try
        {
            await record.AppendAsync(S.Events.ToList());
            S.Events.Clear();
            await state.WriteStateAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The change itself is stored; its event stays in the state and is appended again later (appends are idempotent).
            LogEventsNotRecorded(logger, S.Events.Count, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The catalog's event log could not take {Count} events; they wait in the catalog's state")]
    private static partial void LogEventsNotRecorded(ILogger logger, int count, Exception exception);
}
