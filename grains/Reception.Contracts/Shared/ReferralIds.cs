namespace Reception.Contracts.Shared;

/// <summary>Referral ids embed the case id (<c>{caseId}-{n}</c>) so a referral routes straight to its returnee grain.</summary>
public static class ReferralIds
{
    public static string Create(string caseId, int sequence) => $"{caseId}-{sequence}";

    public static string CaseIdOf(string referralId)
    {
        var dash = referralId.LastIndexOf('-');
        if (dash <= 0 || !CaseIds.IsValid(referralId[..dash]) || !int.TryParse(referralId.AsSpan(dash + 1), out var n) || n < 1)
        {
            throw ReceptionException.NotFound(ProblemCodes.NotReferralId, ("value", referralId));
        }
        return referralId[..dash];
    }

    public static bool TryGetCaseId(string referralId, out string caseId)
    {
        try
        {
            caseId = CaseIdOf(referralId);
            return true;
        }
        catch (ReceptionException)
        {
            caseId = "";
            return false;
        }
    }
}
