using System.Collections;

namespace Reception.Grains.Storage;

/// <summary>What storage needs of a <see cref="TrackedMap{TValue}"/>, whatever its entry type.</summary>
public interface ITrackedMap
{
    void TakeChanges(string prefix, IDictionary<string, object?> into);

    void RestoreChanges(string prefix, IReadOnlyDictionary<string, object?> changes);

    bool TryLoad(string prefix, string key, object entry);
}

/// <summary>A dictionary that remembers which keys changed since it last gave its changes to storage.</summary>
public sealed class TrackedMap<TValue> : ITrackedMap, IEnumerable<KeyValuePair<string, TValue>>
    where TValue : class
{
    private readonly Dictionary<string, TValue> items = new(StringComparer.Ordinal);
    private readonly HashSet<string> changed = new(StringComparer.Ordinal);

    public int Count => items.Count;

    public IEnumerable<TValue> Values => items.Values;

    public TValue this[string key]
    {
        get => items[key];
        set
        {
            items[key] = value;
            changed.Add(key);
        }
    }

    public bool TryGetValue(string key, out TValue value) => items.TryGetValue(key, out value!);

    public bool ContainsKey(string key) => items.ContainsKey(key);

    public bool Remove(string key)
    {
        if (!items.Remove(key)) return false;
        changed.Add(key);
        return true;
    }

    public void Clear()
    {
        changed.UnionWith(items.Keys);
        items.Clear();
    }

    /// <summary>Adds this map's changes to <paramref name="into"/> under <paramref name="prefix"/> and forgets them.</summary>
    public void TakeChanges(string prefix, IDictionary<string, object?> into)
    {
        foreach (var key in changed)
        {
            into[prefix + key] = items.GetValueOrDefault(key);
        }
        changed.Clear();
    }

    /// <summary>Marks again as changed the keys of <paramref name="changes"/> that belong to this map.</summary>
    public void RestoreChanges(string prefix, IReadOnlyDictionary<string, object?> changes)
    {
        foreach (var key in changes.Keys)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal)) changed.Add(key[prefix.Length..]);
        }
    }

    /// <summary>Takes an entry read from storage if its key belongs to this map; loading is not a change.</summary>
    public bool TryLoad(string prefix, string key, object entry)
    {
        if (!key.StartsWith(prefix, StringComparison.Ordinal) || entry is not TValue value) return false;
        items[key[prefix.Length..]] = value;
        return true;
    }

    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator() => items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
