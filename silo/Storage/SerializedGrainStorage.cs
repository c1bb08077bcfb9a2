using Orleans.Storage;

namespace Reception.Silo.Storage;

/// <summary>
/// Lets one grain-state write at a time reach the SQLite file, queued on the process-wide
/// <see cref="SqliteWriteGate"/> shared with the other SQLite storage providers. Reads are not
/// serialised (WAL).
/// </summary>
public sealed class SerializedGrainStorage(IGrainStorage inner, SqliteWriteGate writeGate) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        using (await writeGate.EnterAsync())
        {
            await inner.WriteStateAsync(stateName, grainId, grainState);
        }
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        using (await writeGate.EnterAsync())
        {
            await inner.ClearStateAsync(stateName, grainId, grainState);
        }
    }
}
