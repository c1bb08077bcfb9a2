namespace Reception.Silo.Storage;

/// <summary>
/// The one queue every SQLite grain-state writer of this process waits on. SQLite admits a single
/// writer; concurrent writers otherwise sleep-and-retry on the database lock, and under load their
/// waits reach seconds. A fair semaphore keeps each write's wait close to the time the writes ahead
/// of it actually take. Registered as a singleton so all SQLite storage providers share it.
/// </summary>
public sealed class SqliteWriteGate : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    /// <summary>Waits for the turn to write; dispose the result to let the next writer in.</summary>
    public async ValueTask<Turn> EnterAsync()
    {
        await _semaphore.WaitAsync();
        return new Turn(_semaphore);
    }

    public void Dispose() => _semaphore.Dispose();

    public readonly struct Turn(SemaphoreSlim semaphore) : IDisposable
    {
        public void Dispose() => semaphore.Release();
    }
}
