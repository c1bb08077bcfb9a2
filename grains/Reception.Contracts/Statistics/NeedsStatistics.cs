using Reception.Contracts.Programs;

namespace Reception.Contracts.Statistics;

/// <summary>
/// Needs of the cases that arrived in the period: the needs no program could meet (by category, point and
/// destination state) and the referrals made for them (by category and point, by status). A provider sees only
/// their programs' referrals and no unmet needs.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.needs-statistics")]
public sealed record NeedsStatistics(
    [property: Id(0)] DateOnly From,
    [property: Id(1)] DateOnly To,
    [property: Id(2)] string? Point,
    [property: Id(3)] IReadOnlyList<UnmetNeedCell> UnmetNeeds,
    [property: Id(4)] IReadOnlyList<CategoryReferrals> Referrals);

/// <summary>Cases with a need of <see cref="Category"/> no program could meet; <see cref="DestinationState"/> null when not known.</summary>
[GenerateSerializer, Immutable, Alias("reception.unmet-need-cell")]
public sealed record UnmetNeedCell(
    [property: Id(0)] ProgramCategory Category,
    [property: Id(1)] string Point,
    [property: Id(2)] string? DestinationState,
    [property: Id(3)] int Cases);

/// <summary>Referrals to programs of a category from a point: all of them (<see cref="Referred"/>) and by current status.</summary>
[GenerateSerializer, Immutable, Alias("reception.category-referrals")]
public sealed record CategoryReferrals(
    [property: Id(0)] ProgramCategory Category,
    [property: Id(1)] string Point,
    [property: Id(2)] int Referred,
    [property: Id(3)] int Pending,
    [property: Id(4)] int Accepted,
    [property: Id(5)] int Completed,
    [property: Id(6)] int Declined,
    [property: Id(7)] int Cancelled);
