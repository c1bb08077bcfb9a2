using Reception.Contracts.Points;
using Reception.Contracts.Programs;
using Reception.Contracts.Returnees;

namespace Reception.Tests.Workflow;

[Collection(WorkflowCollection.Name)]
public sealed class UnaccompaniedMinorTests(WorkflowCluster cluster)
{
    [Fact]
    public async Task A_minor_without_company_is_flagged_urgent_and_lands_at_the_top_of_child_protection()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var childProtection = await s.AddProgramAsync(ProgramCategory.ChildProtection, prefix: "aaa");
        var adult = await s.ArriveConsentingAsync();
        await s.Returnee(adult.CaseId).Refer(childProtection, "Asked about a nephew", s.Manager);
        WorkflowCluster.Clock.Advance(TimeSpan.FromMinutes(30));

        // No flag sent: age alone (16 by date of birth, no accompanying case) makes this an unaccompanied minor.
        var today = DateOnly.FromDateTime(Scenario.Now.UtcDateTime);
        var minor = await s.ArriveAsync(new RegisterArrival(s.PointCode, "Luis", "Hernández", Sex.Male, DateOfBirth: today.AddYears(-16)));

        Assert.Contains(Vulnerability.UnaccompaniedMinor, minor.Flags);
        Assert.Equal(Priority.Urgent, minor.Priority);
        var automatic = Assert.Single(minor.Referrals);
        Assert.Equal(childProtection, automatic.ProgramId);
        Assert.True(automatic.Automatic);

        var queue = (await s.Program(childProtection).GetDetail()).Queue;
        Assert.Equal(2, queue.Count);
        Assert.Equal(minor.CaseId, queue[0].CaseId);
        Assert.Equal(Priority.Urgent, queue[0].Priority);
        var pointQueue = (await s.Point.GetDetail()).Queue;
        Assert.Equal(minor.CaseId, pointQueue[0].CaseId);
    }

    [Fact]
    public async Task An_accompanied_child_is_not_an_unaccompanied_minor_but_is_prioritised()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var parent = await s.ArriveAsync();
        var child = await s.ArriveAsync(new RegisterArrival(s.PointCode, "Ana", "Pérez", Sex.Female, EstimatedAge: 8, AccompanyingCaseId: parent.CaseId, Relationship: Relationship.Mother));

        Assert.DoesNotContain(Vulnerability.UnaccompaniedMinor, child.Flags);
        Assert.Contains(Vulnerability.AccompaniedYoungChild, child.Flags);
        Assert.Equal(Priority.High, child.Priority);
        Assert.Empty(child.Referrals);
    }

    [Fact]
    public async Task A_minor_at_a_point_without_child_protection_is_counted_as_an_unmet_need()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var minor = await s.ArriveAsync(new RegisterArrival(s.PointCode, "Luis", "Hernández", Sex.Male, EstimatedAge: 15));

        Assert.Empty(minor.Referrals);
        var detail = await s.Point.GetDetail();
        Assert.Equal(new UnmetNeedCount(ProgramCategory.ChildProtection, 1), Assert.Single(detail.UnmetNeeds));
        Assert.Equal(1, detail.Summary.UnmetNeedsToday);
    }
}
