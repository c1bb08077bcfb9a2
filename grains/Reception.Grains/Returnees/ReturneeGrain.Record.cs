using Reception.Contracts.Returnees;

namespace Reception.Grains.Returnees;

/// <summary>Small helpers that read and change the record; no I/O.</summary>
internal sealed partial class ReturneeGrain
{
    private static bool IsActive(ReferralStatus status) => status is ReferralStatus.Pending or ReferralStatus.Accepted;

    private void EnsureRegistered()
    {
        if (!S.Registered)
        {
            throw ReceptionException.NotFound(ProblemCodes.CaseNotFound, ("caseId", CaseId));
        }
    }

    private void EnsureOpen()
    {
        if (S.IsClosed)
        {
            throw ReceptionException.Conflict(ProblemCodes.CaseClosed, ("caseId", CaseId), ("stage", S.Stage), ("at", S.EnteredStageAt));
        }
    }

    private void EnterStage(Stage stage, DateTimeOffset at)
    {
        S.Stage = stage;
        S.EnteredStageAt = at;
    }

    private ReferralView AddReferral(string programId, string? note, string by, DateTimeOffset now, Vulnerability? automaticFor = null)
    {
        var referral = new ReferralView(
            ReferralIds.Create(CaseId, S.Referrals.Count + 1), programId, ReferralStatus.Pending, now, by, note, now, null, null, null,
            automaticFor is not null, automaticFor);
        S.Referrals.Add(referral);
        // A referral made before the intake assessment (an automatic one at registration) leaves the person
        // waiting for the desk: they still have to be interviewed.
        if (S.Stage < Stage.Services && S.Assessment is not null)
        {
            EnterStage(Stage.Services, now);
        }
        return referral;
    }

    private ReferralView Referral(string referralId) => S.Referrals.First(r => r.ReferralId == referralId);

    private void Replace(ReferralView referral) =>
        S.Referrals[S.Referrals.FindIndex(r => r.ReferralId == referral.ReferralId)] = referral;

    private List<string> ActiveReferralIds() => S.Referrals.Where(r => IsActive(r.Status)).Select(r => r.ReferralId).ToList();

    private void AddAudit(Actor actor, DateTimeOffset at, string action, string? detail, params (string Name, string? Value)[] facts) =>
        S.Audit.Add(new AuditEntry(at, actor.UserName, actor.Role, action, detail,
            facts.Length == 0 ? null : facts.Where(f => f.Value is not null).ToDictionary(f => f.Name, f => f.Value!, StringComparer.Ordinal)));

    /// <summary>An enum value as the API writes it (the same camelCase policy as its enum converter), for audit facts.</summary>
    private static string Code<TEnum>(TEnum value) where TEnum : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private ArrivalReceipt Receipt() =>
        new(CaseId, S.CertificateNumber, PointCode, S.ArrivedAt, S.Stage, S.Priority, S.Flags.ToList(), S.Referrals.ToList());

    private ReturneeView ToView(Actor actor)
    {
        var a = S.Arrival!;
        var provider = actor.ReadsCaseRedacted();
        return new ReturneeView(
            CaseId, S.CertificateNumber, a.GivenNames, a.Surnames, a.Sex, a.DateOfBirth, a.EstimatedAge, a.Curp, a.PointCode,
            S.ArrivedAt, a.NoticeId, a.Transport, a.AccompanyingCaseId, S.Stage, S.EnteredStageAt, S.Priority, S.PriorityScore,
            S.Flags.ToList(),
            S.Assessment?.ConsentToShare ?? false,
            provider && S.Assessment is { ConsentToShare: false } ? null : S.Assessment,
            provider ? S.Referrals.Where(r => actor.WorksForProgram(r.ProgramId)).ToList() : S.Referrals.ToList(),
            provider ? [] : S.UnmetNeeds.ToList(),
            provider ? null : S.Exit,
            provider ? [] : S.Audit.ToList(),
            S.Version,
            Redacted: provider);
    }
}
