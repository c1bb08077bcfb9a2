using Reception.Contracts.Programs;
using Reception.Contracts.Returnees;
using Reception.Contracts.Shared;

namespace Reception.Tests.Workflow;

[Collection(WorkflowCollection.Name)]
public sealed class IdempotencyAndConcurrencyTests(WorkflowCluster cluster)
{
    [Fact]
    public async Task Registering_twice_with_the_same_key_returns_the_same_case_and_counts_once()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var caseId = CaseIds.FromIdempotencyKey(s.PointCode, "bus-1412-seat-7");
        Assert.Equal(caseId, CaseIds.FromIdempotencyKey(s.PointCode.ToLowerInvariant(), "bus-1412-seat-7"));

        var first = await s.ArriveAsync(caseId: caseId);
        var second = await s.ArriveAsync(caseId: CaseIds.FromIdempotencyKey(s.PointCode, "bus-1412-seat-7"));

        Assert.Equal(first, second with { Flags = first.Flags, Referrals = first.Referrals });
        Assert.Equal(first.CertificateNumber, second.CertificateNumber);
        var summary = await s.Point.GetSummary();
        Assert.Equal(1, summary.ArrivedToday);
        Assert.Equal(1, summary.Present);
        Assert.Single(await s.TrailOfCase(caseId), a => a.Action == "registered");
        Assert.Equal(1, (await s.Returnee(caseId).View(s.Manager)).Version);
    }

    [Fact]
    public async Task Reusing_a_key_for_a_different_person_is_a_conflict_and_changes_nothing()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var caseId = CaseIds.FromIdempotencyKey(s.PointCode, "k-1");
        await s.ArriveAsync(caseId: caseId);

        var error = await Assert.ThrowsAsync<ReceptionException>(() => s.ArriveAsync(Scenario.Adult(s.PointCode, given: "María"), caseId));

        Assert.Equal(ErrorKind.Conflict, error.Kind);
        Assert.Equal("Juan Carlos", (await s.Returnee(caseId).View(s.Manager)).GivenNames);
        Assert.Equal(1, (await s.Point.GetSummary()).ArrivedToday);
    }

    [Fact]
    public async Task Reusing_a_referral_key_with_another_note_is_a_conflict_and_keeps_the_first_note()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var health = await s.AddProgramAsync(ProgramCategory.Health);
        var returnee = s.Returnee((await s.ArriveConsentingAsync()).CaseId);
        var first = await returnee.Refer(health, "Dolor de espalda", s.Manager, "ref-1");

        Assert.Equal(first, await returnee.Refer(health, "  Dolor de espalda ", s.Manager, "ref-1"));
        var error = await Assert.ThrowsAsync<ReceptionException>(() => returnee.Refer(health, "Otra nota", s.Manager, "ref-1"));

        Assert.Equal(ErrorKind.Conflict, error.Kind);
        Assert.Equal(ProblemCodes.IdempotencyKeyReused, error.Code);
        var stored = Assert.Single((await returnee.View(s.Manager)).Referrals, r => r.ProgramId == health);
        Assert.Equal("Dolor de espalda", stored.Note);
    }

    [Fact]
    public async Task Two_providers_accepting_the_same_referral_at_once_exactly_one_succeeds()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var health = await s.AddProgramAsync(ProgramCategory.Health);
        var receipt = await s.ArriveConsentingAsync();
        var referral = await s.Returnee(receipt.CaseId).Refer(health, null, s.Manager);

        // The API routes by the referral id alone; both calls land on the same returnee grain.
        var grain = s.Returnee(ReferralIds.CaseIdOf(referral.ReferralId));
        var attempts = Enumerable.Range(0, 2)
            .Select(i => Capture(grain.AcceptReferral(referral.ReferralId, health, Actor.Provider($"nurse-{i}", health))))
            .ToList();
        var results = await Task.WhenAll(attempts);

        Assert.Single(results, r => r is ReferralView { Status: ReferralStatus.Accepted });
        var refused = Assert.IsType<ReceptionException>(Assert.Single(results, r => r is ReceptionException));
        Assert.Equal(ErrorKind.Conflict, refused.Kind);
        Assert.Contains("accepted", refused.Message);
        var program = await s.Program(health).GetSummary();
        Assert.Equal(1, program.Today.Accepted);
        Assert.Equal(1, program.Accepted);
    }

    private static async Task<object> Capture(Task<ReferralView> call)
    {
        try
        {
            return await call;
        }
        catch (ReceptionException e)
        {
            return e;
        }
    }
}
