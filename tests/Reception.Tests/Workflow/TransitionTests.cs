using Reception.Contracts.Programs;
using Reception.Contracts.Returnees;
using Reception.Contracts.Shared;

namespace Reception.Tests.Workflow;

[Collection(WorkflowCollection.Name)]
public sealed class TransitionTests(WorkflowCluster cluster)
{
    [Fact]
    public async Task Transitions_out_of_order_are_conflicts_with_a_reason_and_change_nothing()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var food = await s.AddProgramAsync(ProgramCategory.Food);
        var provider = Actor.Provider("provider", food);
        var receipt = await s.ArriveConsentingAsync();
        var returnee = s.Returnee(receipt.CaseId);
        var referral = await returnee.Refer(food, null, s.Manager);

        var completePending = await Assert.ThrowsAsync<ReceptionException>(() => returnee.CompleteReferral(referral.ReferralId, food, "done", provider));
        Assert.Equal(ErrorKind.Conflict, completePending.Kind);
        Assert.Contains("pending", completePending.Message);
        Assert.Equal(ErrorKind.Conflict, (await Assert.ThrowsAsync<ReceptionException>(() => returnee.Refer(food, null, s.Manager))).Kind);

        await returnee.AcceptReferral(referral.ReferralId, food, provider);
        Assert.Equal(ErrorKind.Conflict, (await Assert.ThrowsAsync<ReceptionException>(() => returnee.DeclineReferral(referral.ReferralId, food, "full", provider))).Kind);
        Assert.Equal(ErrorKind.Validation, (await Assert.ThrowsAsync<ReceptionException>(() => returnee.CompleteReferral(referral.ReferralId, food, " ", provider))).Kind);
        await returnee.CompleteReferral(referral.ReferralId, food, "Meal served", provider);
        var acceptCompleted = await Assert.ThrowsAsync<ReceptionException>(() => returnee.AcceptReferral(referral.ReferralId, food, provider));
        Assert.Equal(ErrorKind.Conflict, acceptCompleted.Kind);
        Assert.Contains("completed", acceptCompleted.Message);

        await returnee.Depart(new DepartCommand("Sonora"), s.Manager);
        var versionAfterDeparture = (await returnee.View(s.Manager)).Version;
        Assert.Equal(ErrorKind.Conflict, (await Assert.ThrowsAsync<ReceptionException>(() => returnee.Depart(new DepartCommand("Sonora"), s.Manager))).Kind);
        Assert.Equal(ErrorKind.Conflict, (await Assert.ThrowsAsync<ReceptionException>(() => returnee.RecordAssessment(Scenario.Assessment(), s.Manager))).Kind);
        Assert.Equal(ErrorKind.Conflict, (await Assert.ThrowsAsync<ReceptionException>(() => returnee.Refer(food, null, s.Manager))).Kind);
        Assert.Equal(ErrorKind.Conflict, (await Assert.ThrowsAsync<ReceptionException>(() => returnee.Transfer(new TransferCommand("DIF"), s.Manager))).Kind);

        var record = await returnee.View(s.Manager);
        Assert.Equal(versionAfterDeparture, record.Version);
        Assert.Equal(Stage.Departed, record.Stage);
        Assert.Equal(1, (await s.Point.GetSummary()).Today.Departed);
    }

    [Fact]
    public async Task Declining_needs_a_reason_and_only_the_programs_provider_may_act()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var food = await s.AddProgramAsync(ProgramCategory.Food);
        var other = await s.AddProgramAsync(ProgramCategory.Food);
        var receipt = await s.ArriveConsentingAsync();
        var returnee = s.Returnee(receipt.CaseId);
        var referral = await returnee.Refer(food, null, s.Manager);

        Assert.Equal(ErrorKind.Forbidden, (await Assert.ThrowsAsync<ReceptionException>(() => returnee.AcceptReferral(referral.ReferralId, food, Actor.Provider("x", other)))).Kind);
        Assert.Equal(ErrorKind.NotFound, (await Assert.ThrowsAsync<ReceptionException>(() => returnee.AcceptReferral(referral.ReferralId, other, Actor.Provider("x", other)))).Kind);
        var noReason = await Assert.ThrowsAsync<ReceptionException>(() => returnee.DeclineReferral(referral.ReferralId, food, "", Actor.Provider("p", food)));
        Assert.Contains("reason", noReason.FieldErrors.Keys);

        var declined = await returnee.DeclineReferral(referral.ReferralId, food, "No places today", Actor.Provider("p", food));
        Assert.Equal(ReferralStatus.Declined, declined.Status);
        Assert.Equal("No places today", declined.Reason);
        Assert.Empty((await s.Program(food).GetDetail()).Queue);
        Assert.Equal(1, (await s.Program(food).GetSummary()).Today.Declined);
    }

    [Fact]
    public async Task A_transfer_to_an_institution_closes_the_case()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var minor = await s.ArriveAsync(new RegisterArrival(s.PointCode, "Luis", "Hernández", Sex.Male, EstimatedAge: 14));
        // An unaccompanied minor leaves only once handed to child protection (issue #14).
        foreach (var step in new[] { CustodyStepKind.ReceivedFromForeignAuthority, CustodyStepKind.HandedToChildProtection })
        {
            await s.Returnee(minor.CaseId).RecordCustody(new RecordCustodyStep(step, null, "Officer Smith", "US CBP", "Oficial Ruiz", "INM"), s.Manager);
        }
        var record = await s.Returnee(minor.CaseId).Transfer(new TransferCommand("DIF Baja California (custodia)"), s.Manager);
        Assert.Equal(Stage.Transferred, record.Stage);
        var summary = await s.Point.GetSummary();
        Assert.Equal(0, summary.Present);
        Assert.Equal(1, summary.Today.Transferred);
    }
}
