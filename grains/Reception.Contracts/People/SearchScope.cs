namespace Reception.Contracts.People;

/// <summary>
/// Which cases a search may return (Permissions.CaseSearchScope): every case (both null), the cases of
/// <see cref="Points"/>, or the cases referred to one of <see cref="Programs"/> by a referral still open or closed after
/// <see cref="ReferralsClosedAfter"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.search-scope")]
public sealed record SearchScope(
    [property: Id(0)] IReadOnlyList<string>? Points,
    [property: Id(1)] IReadOnlyList<string>? Programs,
    [property: Id(2)] DateTimeOffset? ReferralsClosedAfter = null)
{
    public static readonly SearchScope Everything = new(null, null);
}
