namespace Reception.Contracts.Rights;

/// <summary>
/// What a retention run found (a dry run) or did: the closed cases that left before <see cref="ExitedBefore"/> and are not
/// anonymised yet, at most <see cref="Shared.Limits.RetentionBatchSize"/> a run, counted by arrival month and point;
/// <see cref="Anonymised"/> are those a real run anonymised, <see cref="Failed"/> those it could not (tried again next run).
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.retention-report")]
public sealed record RetentionReport(
    [property: Id(0)] bool DryRun,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] int YearsAfterExit,
    [property: Id(3)] DateTimeOffset ExitedBefore,
    [property: Id(4)] IReadOnlyList<RetentionMonth> ByMonth,
    [property: Id(5)] IReadOnlyList<RetentionCase> Cases,
    [property: Id(6)] int Anonymised,
    [property: Id(7)] IReadOnlyList<string> Failed,
    // More cases are due than one run takes: the next run continues.
    [property: Id(8)] bool More);
