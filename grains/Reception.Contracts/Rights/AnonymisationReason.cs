namespace Reception.Contracts.Rights;

/// <summary>
/// Why a case was anonymised: the person's cancellation of their data or opposition to its use (on request), or the
/// retention policy (by the system, only).
/// </summary>
[GenerateSerializer, Alias("reception.anonymisation-reason")]
public enum AnonymisationReason
{
    Cancellation,
    Opposition,
    Retention,
}
