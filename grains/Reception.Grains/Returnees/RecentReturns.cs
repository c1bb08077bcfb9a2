using Reception.Contracts.Returnees;
using Reception.Grains.Records;

namespace Reception.Grains.Returnees;

/// <summary>
/// A minor or a vulnerable person (any vulnerability raises the priority above normal) returned again within
/// <see cref="Limits.RecentReturnDays"/> days is flagged with their latest earlier return: being returned twice in
/// a week is itself a sign that the person needs protection.
/// </summary>
internal static class RecentReturns
{
    public static RecentReturn? Find(IEnumerable<PersonCaseRow> personCases, string caseId, DateTimeOffset arrivedAt, int? age, Priority priority)
    {
        if (age is not < Triage.AdultAge && priority == Priority.Normal)
        {
            return null;
        }
        var earlier = personCases
            .Where(c => c.CaseId != caseId && c.ArrivedAt <= arrivedAt && arrivedAt - c.ArrivedAt <= TimeSpan.FromDays(Limits.RecentReturnDays))
            .MaxBy(c => c.ArrivedAt);
        return earlier is null ? null : new RecentReturn(earlier.CaseId, earlier.PointCode, earlier.ArrivedAt, (int)(arrivedAt - earlier.ArrivedAt).TotalDays);
    }
}
