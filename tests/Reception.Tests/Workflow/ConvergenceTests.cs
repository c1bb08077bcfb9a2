using Reception.Contracts.Points;
using Reception.Contracts.Programs;
using Reception.Contracts.Returnees;

namespace Reception.Tests.Workflow;

[Collection(WorkflowCollection.Name)]
public sealed class ConvergenceTests(WorkflowCluster cluster)
{
    private static readonly TimeSpan Backoff = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task A_redelivered_case_update_does_not_count_twice()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var now = Scenario.Now;
        var update = new CaseUpdate("0000000001", 1, s.PointCode, Stage.Arrived, now, now, Priority.Normal, 0, [], null, null, 0, 0, 0, null, []);

        await s.Point.ApplyCase(update);
        await s.Point.ApplyCase(update);
        await Task.WhenAll(s.Point.ApplyCase(update), s.Point.ApplyCase(update));
        Assert.Equal(1, (await s.Point.GetSummary()).ArrivedToday);

        var referred = update with { Version = 2, Stage = Stage.Services, ReferralsCreated = 1, PendingReferrals = 1 };
        await s.Point.ApplyCase(referred);
        await s.Point.ApplyCase(update);
        await s.Point.ApplyCase(referred);
        var summary = await s.Point.GetSummary();
        Assert.Equal(1, summary.Today.Referred);
        Assert.Equal(1, summary.PendingReferrals);

        var departed = referred with { Version = 3, Stage = Stage.Departed, PendingReferrals = 0 };
        await s.Point.ApplyCase(departed);
        await s.Point.ApplyCase(referred);
        await s.Point.ApplyCase(departed);
        summary = await s.Point.GetSummary();
        Assert.Equal(0, summary.Present);
        Assert.Equal(1, summary.Today.Departed);
        Assert.Equal(1, summary.ArrivedToday);
        Assert.Equal(0, summary.PendingReferrals);
    }

    [Fact]
    public async Task A_failed_delivery_leaves_the_arrival_acknowledged_and_the_point_converges()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var shelter = await s.AddProgramAsync(ProgramCategory.Shelter);
        FaultInjection.FailNext(nameof(IReceptionPointGrain.ApplyCase), s.PointCode);

        var receipt = await s.ArriveConsentingAsync();

        // The record is durable even though the point has not heard of it yet.
        Assert.Equal(Stage.Arrived, (await s.Returnee(receipt.CaseId).View(s.Manager)).Stage);
        await Scenario.Eventually(async () => (await s.Point.GetSummary()).Present == 1, "the outbox redelivers the arrival to the point", Backoff);

        FaultInjection.FailNext(nameof(IProgramGrain.ApplyReferral), shelter, times: 2);
        FaultInjection.FailNext(nameof(IReceptionPointGrain.ApplyCase), s.PointCode);
        var referral = await s.Returnee(receipt.CaseId).Refer(shelter, null, s.Manager);
        await Scenario.Eventually(async () => (await s.Program(shelter).GetDetail()).Queue.Any(q => q.ReferralId == referral.ReferralId),
            "the outbox redelivers the referral to the program", Backoff);
        await Scenario.Eventually(async () => (await s.Point.GetSummary()).PendingReferrals == 1, "the point sees the referral", Backoff);

        var summary = await s.Point.GetSummary();
        Assert.Equal(1, summary.ArrivedToday);
        Assert.Equal(1, summary.Today.Referred);
        Assert.Equal(1, (await s.Program(shelter).GetSummary()).Today.Received);
    }
}
