namespace Reception.Contracts.National;

/// <summary>Totals across points; <see cref="Capacity"/> is the sum of shelter beds.</summary>
[GenerateSerializer, Immutable, Alias("reception.national-totals")]
public sealed record NationalTotals(
    [property: Id(0)] int ArrivedToday,
    [property: Id(1)] int ArrivedLastHour,
    [property: Id(2)] int Present,
    [property: Id(3)] int Capacity,
    [property: Id(4)] int PendingReferrals,
    [property: Id(5)] int UnmetNeedsToday,
    [property: Id(6)] int CustodyOverdue = 0);
