namespace Reception.Grains.Storage;

/// <summary>
/// The <see cref="IIncrementalState"/> plumbing for a state whose entries are several
/// <see cref="TrackedMap{TValue}"/>s, each stored under its own key prefix.
/// </summary>
public sealed class TrackedMaps(params (string Prefix, ITrackedMap Map)[] maps)
{
    public IReadOnlyDictionary<string, object?> TakeChanges()
    {
        var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (prefix, map) in maps)
        {
            map.TakeChanges(prefix, changes);
        }
        return changes;
    }

    public void RestoreChanges(IReadOnlyDictionary<string, object?> changes)
    {
        foreach (var (prefix, map) in maps)
        {
            map.RestoreChanges(prefix, changes);
        }
    }

    public void LoadEntries(IEnumerable<KeyValuePair<string, object>> entries)
    {
        foreach (var (key, entry) in entries)
        {
            foreach (var (prefix, map) in maps)
            {
                if (map.TryLoad(prefix, key, entry))
                {
                    break;
                }
            }
        }
    }
}
