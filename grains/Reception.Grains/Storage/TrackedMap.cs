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
    private readonly Dictionary<string, TValue> _items = new(StringComparer.Ordinal);
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);

    public int Count => _items.Count;

    public IEnumerable<TValue> Values => _items.Values;

    public TValue this[string key]
    {
        get => _items[key];
        set
        {
            _items[key] = value;
            _changed.Add(key);
        }
    }

    public bool TryGetValue(string key, out TValue value) => _items.TryGetValue(key, out value!);

    public bool ContainsKey(string key) => _items.ContainsKey(key);

    public bool Remove(string key)
    {
        if (!_items.Remove(key))
        {
            return false;
        }

        _changed.Add(key);
        return true;
    }

    public void Clear()
    {
        _changed.UnionWith(_items.Keys);
        _items.Clear();
    }

    /// <summary>Adds this map's changes to <paramref name="into"/> under <paramref name="prefix"/> and forgets them.</summary>
    public void TakeChanges(string prefix, IDictionary<string, object?> into)
    {
        foreach (var key in _changed)
        {
            into[prefix + key] = _items.GetValueOrDefault(key);
        }
        _changed.Clear();
    }

    /// <summary>Marks again as changed the keys of <paramref name="changes"/> that belong to this map.</summary>
    public void RestoreChanges(string prefix, IReadOnlyDictionary<string, object?> changes)
    {
        foreach (var key in changes.Keys)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                _changed.Add(key[prefix.Length..]);
            }
        }
    }

    /// <summary>Takes an entry read from storage if its key belongs to this map; loading is not a change.</summary>
    public bool TryLoad(string prefix, string key, object entry)
    {
        if (!key.StartsWith(prefix, StringComparison.Ordinal) || entry is not TValue value)
        {
            return false;
        }

        _items[key[prefix.Length..]] = value;
        return true;
    }

    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
