using Reception.Contracts.Returnees;
using Reception.Contracts.Shared;

namespace Reception.Tests.Workflow;

/// <summary>
/// Issue #18's desk flow in the point grain: "next" calls the most urgent person waiting for the interview, a desk
/// calling again sends its unseen person back, a person is called by name or sent back, and the interview frees the
/// desk; the queue shows who is at which desk.
/// </summary>
[Collection(WorkflowCollection.Name)]
public sealed class DeskTests(WorkflowCluster cluster)
{
    [Fact]
    public async Task Desks_call_the_most_urgent_waiting_person_and_never_the_same_one()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var adult = await s.ArriveAsync();
        var pregnant = await s.ArriveAsync(Scenario.Adult(s.PointCode, "Rosa", "Luna") with { Sex = Sex.Female, Vulnerabilities = [Vulnerability.Pregnancy] });
        var child = await s.ArriveAsync(new RegisterArrival(s.PointCode, "Teo", "Luna", Sex.Male, EstimatedAge: 9));
        await Scenario.Eventually(async () => (await s.Point.GetDetail()).Queue.Count == 3, "the three people are in the queue");

        var first = await s.Point.CallNext("1", s.Manager);
        var second = await s.Point.CallNext("2", s.Manager);
        Assert.Equal((child.CaseId, Priority.Urgent, "1"), (first!.CaseId, first.Priority, first.Desk));
        Assert.Equal(pregnant.CaseId, second!.CaseId);
        var queue = (await s.Point.GetDetail()).Queue.ToDictionary(q => q.CaseId, q => q.Desk);
        Assert.Equal(("1", "2", null), (queue[child.CaseId], queue[pregnant.CaseId], queue[adult.CaseId]));

        // Desk 2 calls again before interviewing Rosa: she goes back to the queue, and is the most urgent waiting.
        Assert.Equal(pregnant.CaseId, (await s.Point.CallNext("2", s.Manager))!.CaseId);
        await s.Point.ReturnToQueue(pregnant.CaseId, s.Manager);
        Assert.Equal(adult.CaseId, (await s.Point.CallToDesk(adult.CaseId, "3", s.Manager)).CaseId);
        Assert.Equal(pregnant.CaseId, (await s.Point.CallNext("2", s.Manager))!.CaseId);
        Assert.Null(await s.Point.CallNext("4", s.Manager));

        // The interview moves the child on from "arrived": desk 1 is free and nobody is left waiting.
        await s.Returnee(child.CaseId).RecordAssessment(Scenario.Assessment(), s.Manager);
        await Scenario.Eventually(async () => (await s.Point.GetDetail()).Queue.Single(q => q.CaseId == child.CaseId).Desk is null, "the desk is freed");
        var refused = await Assert.ThrowsAsync<ReceptionException>(() => s.Point.CallToDesk(child.CaseId, "1", s.Manager));
        Assert.Equal(ProblemCodes.NotWaitingForDesk, refused.Code);
        var badDesk = await Assert.ThrowsAsync<ReceptionException>(() => s.Point.CallNext("módulo 1", s.Manager));
        Assert.Equal(ProblemCodes.DeskFormat, Assert.Single(badDesk.FieldErrors["desk"]).Code);
        var otherManager = await Assert.ThrowsAsync<ReceptionException>(() => s.Point.CallNext("1", Actor.Manager("m", "ZZZ")));
        Assert.Equal(ErrorKind.Forbidden, otherManager.Kind);
    }
}
