namespace Reception.Contracts.Returnees;

/// <summary>Why a referral could share the person's case: their consent, a mandatory category, or an override with a reason.</summary>
[GenerateSerializer, Alias("reception.referral-basis")]
public enum ReferralBasis
{
    Consent,
    Mandatory,
    Override,
}
