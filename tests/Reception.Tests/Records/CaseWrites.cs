using Reception.Contracts.Returnees;
using Reception.Contracts.Shared;
using Reception.Grains.Records;

namespace Reception.Tests.Records;

/// <summary>Writes of made-up cases for the record store's tests: every column filled, times to the millisecond.</summary>
public static class CaseWrites
{
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 18, 30, 15, 123, TimeSpan.Zero);

    public static string NewCaseId() => $"case-{Guid.NewGuid():N}";

    public static CaseRow Row(string caseId, string givenNames = "José", DateOnly? needDay = null) => new(
        caseId,
        PersonId: null,
        PointCode: "TIJ",
        ArrivedAt: Now.AddHours(-3),
        ArrivalLocalDate: new DateOnly(2026, 11, 22),
        CertificateNumber: $"TIJ-{caseId[^6..]}",
        NoticeId: "N-1",
        GivenNames: givenNames,
        Surnames: "de la Peña",
        SearchName: SearchNames.Normalize($"{givenNames} de la Peña"),
        Sex: "male",
        DateOfBirth: new DateOnly(1990, 5, 17),
        EstimatedAge: null,
        AgeAtArrival: 36,
        AgeGroup: AgeGroups.Adult,
        UnaccompaniedMinor: false,
        AccompaniedMinor: true,
        AccompanyingCaseId: "case-parent",
        Vulnerabilities: ["pregnancy", "medicalUrgency"],
        Priority: "high",
        Curp: "PEPJ900517HJCXXX01",
        OriginState: "Jalisco",
        OriginSource: "curp",
        Stage: "services",
        StageAt: Now.AddHours(-1),
        FirstAssessedAt: Now.AddHours(-2),
        FirstAssessedLocalDate: new DateOnly(2026, 11, 22),
        FirstServiceAt: null,
        FirstServiceLocalDate: null,
        DestinationState: "Jalisco",
        DestinationMunicipality: "Guadalajara",
        ExitKind: null,
        ExitAt: null,
        ExitLocalDate: null,
        ExitInstitution: null,
        UnmetNeeds: needDay is null ? [] : ["shelter"],
        UpdatedAt: Now);

    public static AuditEntry Event(long sequence, string action = "registered") => new(
        Now.AddSeconds(sequence), "ana", ActorRole.PointManager, action, $"{action} #{sequence}",
        new Dictionary<string, string> { ["program"] = "p-1", ["n"] = sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        sequence);

    /// <summary>A write that takes the case from <paramref name="expected"/> to the next version with the given events, one referral and, when <paramref name="needDay"/> is given, one unmet need.</summary>
    public static CaseWrite Write(string caseId, long? expected, IEnumerable<long> sequences, string givenNames = "José", DateOnly? needDay = null)
    {
        var row = Row(caseId, givenNames, needDay);
        return new CaseWrite(
            caseId,
            expected,
            [.. System.Text.Encoding.UTF8.GetBytes($"{caseId}@{(expected ?? 0) + 1}")],
            row,
            [new ReferralRow($"{caseId}-r1", caseId, "p-1", "TIJ", expected is null ? "pending" : "accepted", true,
                Now.AddMinutes(-30), new DateOnly(2026, 11, 22), new DateOnly(2026, 11, 22),
                expected is null ? null : Now, expected is null ? null : new DateOnly(2026, 11, 22), null, null, null)],
            needDay is { } day ? [new UnmetNeedRow(caseId, "shelter", "TIJ", day)] : [],
            [.. sequences.Select(s => Event(s))]);
    }
}
