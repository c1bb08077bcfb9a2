namespace Reception.Contracts.Rights;

/// <summary>A closed case past the retention period: where and in which month it arrived, and when it left.</summary>
[GenerateSerializer, Immutable, Alias("reception.retention-case")]
public sealed record RetentionCase(
    [property: Id(0)] string CaseId,
    [property: Id(1)] string PointCode,
    [property: Id(2)] DateOnly ArrivalLocalDate,
    [property: Id(3)] DateTimeOffset ExitedAt);
