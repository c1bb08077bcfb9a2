namespace Reception.Contracts.Rights;

/// <summary>How many of a report's cases arrived at a point in a month (<c>yyyy-MM</c>).</summary>
[GenerateSerializer, Immutable, Alias("reception.retention-month")]
public sealed record RetentionMonth(
    [property: Id(0)] string Month,
    [property: Id(1)] string PointCode,
    [property: Id(2)] int Cases);
