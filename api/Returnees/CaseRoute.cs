using Reception.Contracts.Returnees;
using Reception.Contracts.Shared;

namespace Reception.Api.Returnees;

/// <summary>Case ids in routes: upper-cased; anything that cannot be a case id is a 404 without touching a grain.</summary>
public static class CaseRoute
{
    public static IReturneeGrain Returnee(this IClusterClient cluster, string caseId)
    {
        var normalized = caseId.Trim().ToUpperInvariant();
        if (!CaseIds.IsValid(normalized))
        {
            throw ReceptionException.NotFound(ProblemCodes.CaseNotFound, ("caseId", caseId));
        }
        return cluster.GetGrain<IReturneeGrain>(normalized);
    }
}
