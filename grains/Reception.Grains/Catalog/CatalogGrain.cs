using Reception.Contracts.Catalog;
using Reception.Contracts.Points;
using Reception.Contracts.Programs;
using Reception.Grains.Shared;

namespace Reception.Grains.Catalog;

[GrainType("reception.catalog")]
internal sealed class CatalogGrain(
    [PersistentState("catalog", StorageNames.Reception)] IPersistentState<CatalogState> state) : Grain, ICatalogGrain
{
    private CatalogSnapshot? _snapshot;

    public Task<CatalogSnapshot> Get() =>
        Task.FromResult(_snapshot ??= new CatalogSnapshot(
            state.State.Version,
            state.State.Points.Values.OrderBy(p => p.Code, StringComparer.Ordinal).ToList(),
            state.State.Programs.Values.OrderBy(p => p.Id, StringComparer.Ordinal).ToList()));

    public async Task UpsertPoint(PointProfile profile)
    {
        if (state.State.Points.TryGetValue(profile.Code, out var existing) && Same(existing, profile))
        {
            return;
        }
        state.State.Points[profile.Code] = profile;
        await SaveAsync();
    }

    public async Task UpsertProgram(ProgramProfile profile)
    {
        if (state.State.Programs.TryGetValue(profile.Id, out var existing) && Same(existing, profile))
        {
            return;
        }
        state.State.Programs[profile.Id] = profile;
        await SaveAsync();
    }

    private async Task SaveAsync()
    {
        state.State.Version++;
        _snapshot = null;
        await state.WriteOrDeactivateAsync(this);
    }

    private static bool Same(PointProfile a, PointProfile b) => a == b;

    private static bool Same(ProgramProfile a, ProgramProfile b) =>
        a with { Points = [], DestinationStates = [] } == b with { Points = [], DestinationStates = [] }
        && a.Points.SequenceEqual(b.Points) && a.DestinationStates.SequenceEqual(b.DestinationStates);
}
