namespace Reception.Contracts.Returnees;

/// <summary>What a person consents to, one decision each: sharing the assessment with providers, being contacted for follow-up.</summary>
[GenerateSerializer, Alias("reception.consent-purpose")]
public enum ConsentPurpose
{
    ShareAssessment,
    FollowUpContact,
}
