namespace Reception.Contracts.Rights;

/// <summary>
/// <c>POST /api/people/{personId}/anonymise</c>: the person's cancellation or opposition, exercised on every case of
/// theirs. <see cref="Reason"/> is <c>cancellation</c> or <c>opposition</c> (retention is the system's own).
/// </summary>
public sealed record AnonymiseRequest(AnonymisationReason? Reason, Requester? RequestedBy = null);
