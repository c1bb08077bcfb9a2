namespace Reception.Grains.Shared;

internal static class GrainWrites
{
    /// <summary>Writes state, dropping the activation if the write fails (<see cref="DeactivateOnFailure"/>).</summary>
    public static Task WriteOrDeactivateAsync<T>(this IPersistentState<T> state, Grain grain) => state.WriteStateAsync().DeactivateOnFailure(grain);

    /// <summary>
    /// Awaits a write; if it fails the in-memory state may be ahead of storage, so the activation is dropped and the
    /// next call reloads what is durable.
    /// </summary>
    public static async Task DeactivateOnFailure(this Task write, Grain grain)
    {
        try
        {
            await write;
        }
        catch
        {
            grain.DeactivateOnIdle();
            throw;
        }
    }
}
