namespace Reception.Contracts.Returnees;

[GenerateSerializer, Alias("reception.referral-status")]
public enum ReferralStatus
{
    Pending,
    Accepted,
    Completed,
    Declined,
    Cancelled,
}
