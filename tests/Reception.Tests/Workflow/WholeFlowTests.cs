using Reception.Contracts.Points;
using Reception.Contracts.Programs;
using Reception.Contracts.Returnees;
using Reception.Contracts.Shared;

namespace Reception.Tests.Workflow;

[Collection(WorkflowCollection.Name)]
public sealed class WholeFlowTests(WorkflowCluster cluster)
{
    [Fact]
    public async Task Notice_arrival_assessment_referral_service_and_departure_agree_across_point_program_and_record()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var shelter = await s.AddProgramAsync(ProgramCategory.Shelter);
        var provider = Actor.Provider($"provider-{shelter}", shelter);

        var notice = await s.Point.RecordNotice(new NoticeCommand(Scenario.Now.AddHours(2), 30, 3, TransportMode.Bus, "Bus 1412"), s.Manager);
        Assert.Equal(30, (await s.Point.GetSummary()).ExpectedNext6Hours);

        var receipt = await s.ArriveAsync(Scenario.Adult(s.PointCode) with { NoticeId = notice.Id, Transport = TransportMode.Bus });
        Assert.Matches($"^{s.PointCode}-\\d{{8}}-{receipt.CaseId}$", receipt.CertificateNumber);
        Assert.Equal(Stage.Arrived, receipt.Stage);

        var detail = await s.Point.GetDetail();
        Assert.Equal(1, detail.Summary.Present);
        Assert.Equal(1, detail.Summary.ArrivedToday);
        Assert.Equal(29, detail.Summary.ExpectedNext6Hours);
        Assert.Equal(1, detail.Notices.Single().Arrived);
        Assert.Equal(receipt.CaseId, detail.Queue.Single().CaseId);
        Assert.Equal(Stage.Arrived, detail.Queue.Single().Stage);
        Assert.Equal(("Juan Carlos", "Pérez López"), (detail.Queue.Single().GivenNames, detail.Queue.Single().Surnames));

        var returnee = s.Returnee(receipt.CaseId);
        var assessed = await returnee.RecordAssessment(Scenario.Assessment(needs: [ProgramCategory.Shelter]), s.Manager);
        Assert.Equal(Stage.Assessment, assessed.Stage);
        Assert.Equal(1, (await s.Point.GetSummary()).Today.Assessed);

        var recommendations = await returnee.GetRecommendations(s.Manager);
        var recommended = Assert.Single(recommendations, r => r.ProgramId == shelter);
        Assert.Contains(s.PointCode, recommended.Reason);

        var referral = await returnee.Refer(shelter, "Needs a bed tonight", s.Manager);
        Assert.Equal(ReferralStatus.Pending, referral.Status);
        Assert.Equal(receipt.CaseId, ReferralIds.CaseIdOf(referral.ReferralId));
        var program = await s.Program(shelter).GetDetail();
        Assert.Equal(referral.ReferralId, program.Queue.Single().ReferralId);
        Assert.Equal(1, program.Summary.Pending);
        var point = await s.Point.GetDetail();
        Assert.Equal(Stage.Services, point.Queue.Single().Stage);
        Assert.Equal(1, point.Summary.PendingReferrals);
        Assert.Equal(1, point.Summary.Today.Referred);

        WorkflowCluster.Clock.Advance(TimeSpan.FromMinutes(12));
        var accepted = await returnee.AcceptReferral(referral.ReferralId, shelter, provider);
        Assert.Equal(ReferralStatus.Accepted, accepted.Status);
        program = await s.Program(shelter).GetDetail();
        Assert.Equal(ReferralStatus.Accepted, program.Queue.Single().Status);
        Assert.Equal(0, program.Summary.Pending);
        point = await s.Point.GetDetail();
        Assert.Equal(0, point.Summary.PendingReferrals);
        Assert.Equal(1, point.Waits.FirstServiceSamples);
        Assert.Equal(15 * 60, point.Waits.FirstServiceMedianSeconds);

        var completed = await returnee.CompleteReferral(referral.ReferralId, shelter, "Bed assigned for 3 nights", provider);
        Assert.Equal(ReferralStatus.Completed, completed.Status);
        program = await s.Program(shelter).GetDetail();
        Assert.Empty(program.Queue);
        Assert.Equal(1, program.Summary.Today.Completed);
        Assert.Equal(1, (await s.Point.GetSummary()).Today.Served);

        var departed = await returnee.Depart(new DepartCommand("Michoacán", "Morelia", TransportMode.Bus), s.Manager);
        Assert.Equal(Stage.Departed, departed.Stage);
        var final = await s.Point.GetDetail();
        Assert.Empty(final.Queue);
        Assert.Equal(new PointCounts(1, 1, 1, 1, 1, 0), final.Summary.Today);
        Assert.Equal(0, final.Summary.Present);

        var record = await returnee.View(Scenario.Coordinator);
        Assert.Equal(Stage.Departed, record.Stage);
        Assert.Equal(ReferralStatus.Completed, record.Referrals.Single().Status);
        Assert.Equal("Michoacán", record.Exit!.DestinationState);
        Assert.Equal(
            ["registered", "assessed", "consentGiven", "viewed", "referred", "referral accepted", "referral completed", "departed", "viewed"],
            (await s.TrailOfCase(record.CaseId)).Select(a => a.Action));
        Assert.All(await s.TrailOfCase(record.CaseId), a => Assert.False(string.IsNullOrEmpty(a.UserName)));
    }

    [Fact]
    public async Task Departure_cancels_active_referrals_and_empties_the_program_queue()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var legal = await s.AddProgramAsync(ProgramCategory.LegalAid);
        var receipt = await s.ArriveConsentingAsync();
        var referral = await s.Returnee(receipt.CaseId).Refer(legal, null, s.Manager);

        await s.Returnee(receipt.CaseId).Depart(new DepartCommand("jalisco"), s.Manager);

        var record = await s.Returnee(receipt.CaseId).View(s.Manager);
        Assert.Equal(ReferralStatus.Cancelled, record.Referrals.Single(r => r.ReferralId == referral.ReferralId).Status);
        Assert.Equal("Jalisco", record.Exit!.DestinationState);
        var program = await s.Program(legal).GetDetail();
        Assert.Empty(program.Queue);
        Assert.Equal(1, program.Summary.Today.Cancelled);
        Assert.Equal(0, (await s.Point.GetSummary()).PendingReferrals);
    }
}
