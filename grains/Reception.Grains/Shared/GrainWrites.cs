namespace Reception.Grains.Shared;

internal static class GrainWrites
{
    /// <summary>
    /// Writes state; if the write fails the in-memory state may be ahead of storage, so the activation is
    /// dropped and the next call reloads what is durable.
    /// </summary>
    public static async Task WriteOrDeactivateAsync<T>(this IPersistentState<T> state, Grain grain)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            grain.DeactivateOnIdle();
            throw;
        }
    }
}
