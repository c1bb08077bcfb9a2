using Reception.Grains.Storage;

namespace Reception.Tests.Storage;

[GenerateSerializer, Immutable, Alias("reception.tests.person")]
public sealed record Person([property: Id(0)] string Name, [property: Id(1)] int Age);

/// <summary>A point-like state: a small header and a large tracked collection stored one row per entry.</summary>
[GenerateSerializer, Alias("reception.tests.crowd-state")]
public sealed class CrowdState : IIncrementalState
{
    private const string PresentPrefix = "present/";

    [Id(0)] public string Title { get; set; } = "";

    [Id(1)] public int Arrivals { get; set; }

    // Not an [Id] member: stored as entries, not in the header (the same shape as PointState).
    [NonSerialized] private TrackedMap<Person>? _present;

    public TrackedMap<Person> Present => _present ??= new();

    public IReadOnlyDictionary<string, object?> TakeChanges()
    {
        var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
        Present.TakeChanges(PresentPrefix, changes);
        return changes;
    }

    public void RestoreChanges(IReadOnlyDictionary<string, object?> changes) => Present.RestoreChanges(PresentPrefix, changes);

    public void LoadEntries(IEnumerable<KeyValuePair<string, object>> entries)
    {
        foreach (var (key, entry) in entries)
        {
            if (!Present.TryLoad(PresentPrefix, key, entry))
            {
                throw new InvalidOperationException($"Unexpected entry '{key}'.");
            }
        }
    }
}

/// <summary>A state that is not incremental: stored as its header only.</summary>
[GenerateSerializer, Alias("reception.tests.plain-state")]
public sealed class PlainState
{
    [Id(0)] public string Name { get; set; } = "";

    [Id(1)] public List<string> Items { get; set; } = [];
}

/// <summary>What Orleans hands a storage provider; State is never null here, unlike Orleans' own GrainState.</summary>
public sealed class TestGrainState<T>(T state) : IGrainState<T>
{
    [System.Diagnostics.CodeAnalysis.AllowNull]
    public T State { get; set; } = state;

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }
}
