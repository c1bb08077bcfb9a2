using Reception.Contracts.Programs;
using Reception.Contracts.Shared;

namespace Reception.Tests.Workflow;

[Collection(WorkflowCollection.Name)]
public sealed class AccessTests(WorkflowCluster cluster)
{
    [Fact]
    public async Task A_provider_sees_only_their_referrals_and_no_assessment_without_consent()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var health = await s.AddProgramAsync(ProgramCategory.Health);
        var legal = await s.AddProgramAsync(ProgramCategory.LegalAid);
        var receipt = await s.ArriveAsync();
        var returnee = s.Returnee(receipt.CaseId);
        await returnee.RecordAssessment(Scenario.Assessment(consent: false), s.Manager);
        await returnee.Refer(health, null, s.Manager, consentOverride: "Back pain, needs a check today");
        await returnee.Refer(legal, null, s.Manager, consentOverride: "Court date tomorrow");
        var nurse = Actor.Provider("nurse", health);

        var view = await returnee.View(nurse);

        Assert.True(view.Redacted);
        Assert.Null(view.Assessment);
        Assert.Equal(health, Assert.Single(view.Referrals).ProgramId);
        Assert.Equal("Juan Carlos", view.GivenNames);

        await returnee.RecordAssessment(Scenario.Assessment(consent: true), s.Manager);
        Assert.NotNull((await returnee.View(nurse)).Assessment);

        var full = await returnee.View(Scenario.Coordinator);
        Assert.False(full.Redacted);
        Assert.Equal(2, (await s.TrailOfCase(full.CaseId)).Count(a => a.Action == "viewed" && a.UserName == "nurse"));
    }

    [Fact]
    public async Task Reads_outside_the_actors_scope_are_forbidden()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var receipt = await s.ArriveAsync();
        var returnee = s.Returnee(receipt.CaseId);

        Assert.Equal(ErrorKind.Forbidden, (await Assert.ThrowsAsync<ReceptionException>(() => returnee.View(Actor.Provider("p", "imss-salud")))).Kind);
        Assert.Equal(ErrorKind.Forbidden, (await Assert.ThrowsAsync<ReceptionException>(() => returnee.View(Actor.Manager("m", "TIJ")))).Kind);
        Assert.Equal(ErrorKind.Forbidden, (await Assert.ThrowsAsync<ReceptionException>(() => returnee.GetRecommendations(Actor.Provider("p", "imss-salud")))).Kind);
        Assert.DoesNotContain(await s.TrailOfCase(returnee.GetPrimaryKeyString()), a => a.UserName is "p" or "m");
    }
}
