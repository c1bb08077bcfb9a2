namespace Reception.Contracts.People;

/// <summary>
/// Which cases a search may return (Permissions.CaseSearchScope): every case (both null), the cases of
/// <see cref="Points"/>, or the cases referred to one of <see cref="Programs"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.search-scope")]
public sealed record SearchScope(
    [property: Id(0)] IReadOnlyList<string>? Points,
    [property: Id(1)] IReadOnlyList<string>? Programs)
{
    public static readonly SearchScope Everything = new(null, null);
}
