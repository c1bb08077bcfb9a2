using System.Globalization;
using Orleans.Storage;

namespace Reception.Silo.Storage;

/// <summary>
/// The header's version is the state's ETag: optimistic concurrency between activations that
/// believe they own the same grain.
/// </summary>
internal static class StateVersion
{
    public static string? Format(int? version) => version?.ToString(CultureInfo.InvariantCulture);

    public static int? Parse(string? etag, StateKey key)
    {
        if (etag is null)
        {
            return null;
        }

        if (int.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return version;
        }

        throw new InconsistentStateException(
            $"ETag '{etag}' of state '{key.StateName}' of grain {key.GrainId} is not a version of this storage.", null, etag);
    }

    public static InconsistentStateException Conflict(string operation, StateKey key, int? stored, int? expected) => new(
        $"Cannot {operation} state '{key.StateName}' of grain {key.GrainId}: stored version is {Format(stored) ?? "(none)"}, " +
        $"this activation has {Format(expected) ?? "(none)"}; another activation wrote it first.",
        Format(stored), Format(expected));
}
