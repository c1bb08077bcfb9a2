using Reception.Grains.Storage;

namespace Reception.Grains.Shared;

/// <summary>The two maps of a state that a <see cref="VersionedMirror{TState, TEntry}"/> keeps: the open entries and the tombstones of closed ones.</summary>
internal interface IMirrorState<TEntry>
    where TEntry : class
{
    TrackedMap<TEntry> Open { get; }

    TrackedMap<Tombstone> Tombstones { get; }
}
