using Orleans.Runtime;
using Orleans.Storage;

namespace Reception.Silo.Storage;

/// <summary>
/// Lets one grain-state write at a time reach the SQLite file. SQLite admits a single writer;
/// concurrent writers otherwise sleep-and-retry on the database lock, and under load their
/// waits reach seconds. Queueing them in-process on a fair semaphore keeps every write's wait
/// close to the time the writes ahead of it actually take. Reads are not serialised (WAL).
/// </summary>
public sealed class SerializedGrainStorage(IGrainStorage inner) : IGrainStorage
{
    private readonly SemaphoreSlim writeGate = new(1, 1);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await writeGate.WaitAsync();
        try
        {
            await inner.WriteStateAsync(stateName, grainId, grainState);
        }
        finally
        {
            writeGate.Release();
        }
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await writeGate.WaitAsync();
        try
        {
            await inner.ClearStateAsync(stateName, grainId, grainState);
        }
        finally
        {
            writeGate.Release();
        }
    }
}
