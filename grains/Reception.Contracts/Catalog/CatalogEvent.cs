using Reception.Contracts.Shared;

namespace Reception.Contracts.Catalog;

/// <summary>
/// One change to the catalog, as the event log keeps it: who, when, which point or program, and each field's old and new
/// value (old null for a creation).
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.catalog-event")]
public sealed record CatalogEvent(
    [property: Id(0)] long Sequence,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string UserName,
    [property: Id(3)] ActorRole Role,
    [property: Id(4)] CatalogEntryKind Kind,
    [property: Id(5)] string Key,
    [property: Id(6)] CatalogAction Action,
    [property: Id(7)] IReadOnlyList<FieldChange> Changes);

[GenerateSerializer, Immutable, Alias("reception.field-change")]
public sealed record FieldChange(
    [property: Id(0)] string Field,
    [property: Id(1)] string? Old,
    [property: Id(2)] string? New);

[GenerateSerializer, Alias("reception.catalog-entry-kind")]
public enum CatalogEntryKind
{
    Point,
    Program,
}

[GenerateSerializer, Alias("reception.catalog-action")]
public enum CatalogAction
{
    Created,
    Updated,
    Deactivated,
    Reactivated,
    Unchanged,
}
