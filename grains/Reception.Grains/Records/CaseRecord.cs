using Reception.Contracts.Returnees;
using Reception.Grains.Programs;
using Reception.Grains.Returnees;
using Reception.Grains.Shared;

namespace Reception.Grains.Records;

/// <summary>The rows of the record that a case's state implies: its <see cref="CaseRow"/>, its referrals and its unmet needs.</summary>
internal static class CaseRecord
{
    public static CaseRow Row(string caseId, ReturneeState s, DateTimeOffset now)
    {
        var a = s.Arrival ?? throw new InvalidOperationException($"Case {caseId} has no arrival: only registered cases have a row.");
        var zone = s.TimeZoneId ?? "UTC";
        var curpState = CurpStates.StateOfBirth(a.Curp);
        var origin = curpState ?? a.OriginState;
        var minor = s.AgeAtArrival is < 18;
        return new CaseRow(
            caseId,
            PersonId: s.PersonId ?? PersonIds.OfFirstCase(caseId),
            a.PointCode,
            s.ArrivedAt,
            s.ArrivalLocalDate ?? LocalTime.Date(zone, s.ArrivedAt),
            s.CertificateNumber,
            a.NoticeId,
            a.GivenNames,
            a.Surnames,
            SearchNames.Normalize($"{a.GivenNames} {a.Surnames}"),
            AcceptedValues.NameOf(a.Sex),
            a.DateOfBirth,
            a.EstimatedAge,
            s.AgeAtArrival,
            AgeGroups.Of(s.AgeAtArrival),
            UnaccompaniedMinor: s.Flags.Contains(Vulnerability.UnaccompaniedMinor),
            AccompaniedMinor: minor && a.AccompanyingCaseId is not null,
            a.AccompanyingCaseId,
            s.Flags.Select(f => AcceptedValues.NameOf(f)).ToList(),
            AcceptedValues.NameOf(s.Priority),
            a.Curp,
            origin,
            curpState is not null ? "curp" : origin is not null ? "declared" : null,
            AcceptedValues.NameOf(s.Stage),
            s.EnteredStageAt,
            s.FirstAssessedAt,
            s.FirstAssessedAt is { } assessed ? LocalTime.Date(zone, assessed) : null,
            s.FirstServiceAt,
            s.FirstServiceAt is { } served ? LocalTime.Date(zone, served) : null,
            s.Exit?.DestinationState ?? s.Assessment?.DestinationState,
            s.Exit?.DestinationMunicipality,
            s.Exit is { } exit ? AcceptedValues.NameOf(exit.Stage) : null,
            s.Exit?.At,
            s.Exit is { } left ? LocalTime.Date(zone, left.At) : null,
            s.Exit?.Institution,
            s.UnmetNeeds.Select(n => AcceptedValues.NameOf(n)).ToList(),
            now,
            s.Assessment is { } p1 ? AcceptedValues.NameOf(p1.EducationLevel) : null,
            s.Assessment?.Occupation,
            s.Assessment?.YearsAbroad,
            s.Assessment is { } p2 ? AcceptedValues.NameOf(p2.EnglishLevel) : null,
            s.Assessment?.DocumentsHeld.Select(d => AcceptedValues.NameOf(d)).ToList(),
            People.NameKeys.BirthYear(a.DateOfBirth, a.EstimatedAge, s.ArrivalLocalDate ?? LocalTime.Date(zone, s.ArrivedAt)),
            PhoneticNames.Of(a.GivenNames, a.Surnames),
            a.Unidentified,
            a.Description,
            s.Anonymised?.At);
    }

    /// <summary>The keys candidates of earlier returns are found by (table <c>reception_person_key</c>).</summary>
    public static IReadOnlyList<string> NameKeys(ReturneeState s) => People.NameKeys.For(s.Arrival!.GivenNames, s.Arrival.Surnames);

    public static IReadOnlyList<ReferralRow> Referrals(string caseId, ReturneeState s, IEnumerable<string> referralIds)
    {
        var zone = s.TimeZoneId ?? "UTC";
        return referralIds.Distinct().Select(id => s.Referrals.First(r => r.ReferralId == id)).Select(r =>
        {
            var closed = r.Status is ReferralStatus.Declined or ReferralStatus.Completed or ReferralStatus.Cancelled ? r.StatusChangedAt : (DateTimeOffset?)null;
            return new ReferralRow(
                r.ReferralId, caseId, r.ProgramId, s.Arrival!.PointCode, AcceptedValues.NameOf(r.Status), r.Automatic,
                r.CreatedAt, LocalTime.Date(zone, r.CreatedAt), ProgramRules.Day(r.CreatedAt),
                r.AcceptedAt, r.AcceptedAt is { } accepted ? ProgramRules.Day(accepted) : null,
                closed, closed is { } c1 ? LocalTime.Date(zone, c1) : null, closed is { } c2 ? ProgramRules.Day(c2) : null);
        }).ToList();
    }

    /// <summary>The unmet needs as of <paramref name="now"/>; the store keeps the first day each was recorded.</summary>
    public static IReadOnlyList<UnmetNeedRow> UnmetNeeds(string caseId, ReturneeState s, DateTimeOffset now)
    {
        var day = LocalTime.Date(s.TimeZoneId ?? "UTC", now);
        return s.UnmetNeeds.Select(need => new UnmetNeedRow(caseId, AcceptedValues.NameOf(need), s.Arrival!.PointCode, day)).ToList();
    }
}
