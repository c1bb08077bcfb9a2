using Reception.Contracts.Programs;
using Reception.Contracts.Returnees;
using Reception.Contracts.Shared;

namespace Reception.Tests.Workflow;

/// <summary>Issue #14: checked companions, separation, the chain of custody, no exit without it, the reunification clock.</summary>
[Collection(WorkflowCollection.Name)]
public sealed class CustodyTests(WorkflowCluster cluster)
{
    private static RegisterArrival Child(string point, string? companion = null, Relationship? relationship = null, int age = 9) =>
        new(point, "Ana", "Pérez", Sex.Female, EstimatedAge: age, AccompanyingCaseId: companion, Relationship: relationship);

    private static RecordCustodyStep Step(CustodyStepKind step) =>
        new(step, null, "Officer Smith", "US CBP", "Oficial Ruiz", "INM", "ACTA-1");

    private static async Task<ReceptionException> RefusedAsync(Func<Task> act) => await Assert.ThrowsAsync<ReceptionException>(act);

    [Fact]
    public async Task Companions_must_be_known_adults_present_at_the_same_point_and_a_refusal_changes_nothing()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var other = await new Scenario(cluster).WithPointAsync();
        var adult = await s.ArriveAsync();
        var child = await s.ArriveAsync(Child(s.PointCode));
        var elsewhere = await other.ArriveAsync();
        var departed = await s.ArriveAsync();
        await s.Returnee(departed.CaseId).Depart(new DepartCommand("Jalisco"), s.Manager);

        foreach (var (companion, code) in new[]
        {
            (CaseIds.New(), ProblemCodes.CompanionNotFound),
            (child.CaseId, ProblemCodes.CompanionNotAdult),
            (elsewhere.CaseId, ProblemCodes.CompanionAtOtherPoint),
            (departed.CaseId, ProblemCodes.CompanionNotPresent),
        })
        {
            var caseId = CaseIds.New();
            var e = await RefusedAsync(() => s.ArriveAsync(Child(s.PointCode, companion, Relationship.Mother), caseId));
            Assert.Equal(ErrorKind.Validation, e.Kind);
            Assert.Equal(code, Assert.Single(e.FieldErrors["accompanyingCaseId"]).Code);
            var missing = await RefusedAsync(() => s.Returnee(caseId).View(Scenario.Coordinator));
            Assert.Equal(ProblemCodes.CaseNotFound, missing.Code);
        }
        var noRelationship = await RefusedAsync(() => s.ArriveAsync(Child(s.PointCode, adult.CaseId)));
        Assert.Contains("relationship", noRelationship.FieldErrors.Keys);
        var noAge = await RefusedAsync(() => s.ArriveAsync(new RegisterArrival(s.PointCode, "Ana", "Pérez", Sex.Female)));
        Assert.Equal(ProblemCodes.AgeRequired, Assert.Single(noAge.FieldErrors["dateOfBirth"]).Code);
    }

    [Fact]
    public async Task A_child_with_an_unrelated_adult_is_flagged_and_referred_to_child_protection()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var childProtection = await s.AddProgramAsync(ProgramCategory.ChildProtection);
        var adult = await s.ArriveAsync(Scenario.Adult(s.PointCode) with { FamilyGroupId = "fam-1" });
        var child = await s.ArriveAsync(Child(s.PointCode, adult.CaseId, Relationship.OtherAdult));

        Assert.Contains(Vulnerability.UnrelatedAdultCompanion, child.Flags);
        Assert.DoesNotContain(Vulnerability.UnaccompaniedMinor, child.Flags);
        Assert.Equal(childProtection, Assert.Single(child.Referrals).ProgramId);
        var view = await s.Returnee(child.CaseId).View(Scenario.Coordinator);
        Assert.Equal("FAM-1", view.FamilyGroupId);
        Assert.Equal(Relationship.OtherAdult, view.Relationship);
        var entry = (await s.Point.GetDetail()).Queue.Single(q => q.CaseId == child.CaseId);
        Assert.Equal("FAM-1", entry.FamilyGroupId);
    }

    [Fact]
    public async Task A_child_whose_parent_is_separated_becomes_unaccompanied_and_is_referred_at_once()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var childProtection = await s.AddProgramAsync(ProgramCategory.ChildProtection);
        var parent = await s.ArriveAsync();
        var child = await s.ArriveAsync(Child(s.PointCode, parent.CaseId, Relationship.Father));
        Assert.DoesNotContain(Vulnerability.UnaccompaniedMinor, child.Flags);

        var view = await s.Returnee(child.CaseId).RecordSeparation("Father still detained by INM", s.Manager);

        Assert.Contains(Vulnerability.UnaccompaniedMinor, view.Flags);
        Assert.Contains(Vulnerability.FamilySeparation, view.Flags);
        Assert.Equal(Priority.Urgent, view.Priority);
        Assert.Contains(view.Referrals, r => r.ProgramId == childProtection && r.Automatic);
        Assert.Equal(CustodyStatus.AwaitingReception, view.Custody!.Status);
        Assert.Equal(parent.CaseId, view.Separation!.CompanionCaseId);
        var queue = (await s.Program(childProtection).GetDetail()).Queue;
        Assert.Contains(queue, q => q.CaseId == child.CaseId);
    }

    [Fact]
    public async Task The_chain_runs_in_order_by_the_right_roles_and_reunification_closes_the_case()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var childProtection = await s.AddProgramAsync(ProgramCategory.ChildProtection);
        var provider = Actor.Provider("provider-dif", childProtection);
        var minor = await s.ArriveAsync(Child(s.PointCode, age: 15));
        var returnee = s.Returnee(minor.CaseId);

        var early = await RefusedAsync(() => returnee.RecordCustody(Step(CustodyStepKind.HandedToChildProtection), s.Manager));
        Assert.Equal(ProblemCodes.CustodyStepOutOfOrder, early.Code);
        var byProvider = await RefusedAsync(() => returnee.RecordCustody(Step(CustodyStepKind.ReceivedFromForeignAuthority), provider));
        Assert.Equal(ErrorKind.Forbidden, byProvider.Kind);
        await returnee.RecordCustody(Step(CustodyStepKind.ReceivedFromForeignAuthority), s.Manager);
        var leave = await RefusedAsync(() => returnee.Depart(new DepartCommand("Jalisco"), s.Manager));
        Assert.Equal(ProblemCodes.CustodyHandoverMissing, leave.Code);
        await returnee.RecordCustody(Step(CustodyStepKind.HandedToChildProtection), s.Manager);
        var again = await RefusedAsync(() => returnee.RecordCustody(Step(CustodyStepKind.HandedToChildProtection), s.Manager));
        Assert.Equal(ProblemCodes.CustodyStepOutOfOrder, again.Code);
        var byManager = await RefusedAsync(() => returnee.RecordCustody(Step(CustodyStepKind.HandoverConfirmed), s.Manager));
        Assert.Equal(ErrorKind.Forbidden, byManager.Kind);
        await returnee.RecordCustody(Step(CustodyStepKind.HandoverConfirmed), provider);
        var noRelative = await RefusedAsync(() => returnee.RecordCustody(Step(CustodyStepKind.Reunified), provider));
        Assert.Contains("relativeName", noRelative.FieldErrors.Keys);

        WorkflowCluster.Clock.Advance(TimeSpan.FromHours(10));
        var custody = await returnee.RecordCustody(Step(CustodyStepKind.Reunified) with
        {
            RelativeName = "María Pérez", Relationship = Relationship.Mother, IdentityDocument = "INE 123",
        }, provider);

        Assert.Equal(CustodyStatus.Reunified, custody.Status);
        Assert.Equal(4, custody.Chain.Count);
        Assert.NotNull(custody.StoppedAt);
        var view = await returnee.View(Scenario.Coordinator);
        Assert.Equal(Stage.Departed, view.Stage);
        WorkflowCluster.Clock.Advance(TimeSpan.FromHours(5));
        var later = (await returnee.View(Scenario.Coordinator)).Custody!;
        Assert.Equal(view.Custody!.ElapsedHours, later.ElapsedHours);
        var trail = await s.Trail(minor.CaseId);
        Assert.Equal(4, trail.Count(e => e.Action == "custody"));
        Assert.DoesNotContain((await s.Program(childProtection).GetDetail()).Children ?? [], c => c.CaseId == minor.CaseId);
    }

    [Fact]
    public async Task An_overdue_child_is_counted_on_the_program_the_point_and_the_national_picture()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var childProtection = await s.AddProgramAsync(ProgramCategory.ChildProtection);
        var minor = await s.ArriveAsync(Child(s.PointCode, age: 13));
        var before = await s.Program(childProtection).GetDetail();
        var child = Assert.Single(before.Children!);
        Assert.False(child.Overdue);
        Assert.Equal(CustodyStepKind.ReceivedFromForeignAuthority, child.NextStep);

        WorkflowCluster.Clock.Advance(TimeSpan.FromHours(73));

        var program = await s.Program(childProtection).GetDetail();
        Assert.True(Assert.Single(program.Children!).Overdue);
        Assert.Equal(1, program.CustodyOverdue);
        var point = await s.Point.GetDetail();
        Assert.Equal(1, point.Summary.CustodyOverdue);
        Assert.True(point.Queue.Single(q => q.CaseId == minor.CaseId).CustodyOverdue);
        Assert.True((await s.Returnee(minor.CaseId).View(Scenario.Coordinator)).Custody!.Overdue);
        // Points report to the national grain on their live-feed timer (real time), when their summary changed.
        var nationalGrain = cluster.Grains.GetGrain<Reception.Contracts.National.INationalGrain>(Reception.Contracts.National.INationalGrain.Key);
        var overdue = 0;
        for (var i = 0; i < 50 && overdue == 0; i++)
        {
            var picture = await nationalGrain.GetPicture();
            overdue = picture.Points.SingleOrDefault(p => p.Code == s.PointCode)?.CustodyOverdue ?? 0;
            if (overdue == 0)
            {
                await Task.Delay(100);
            }
        }
        Assert.Equal(1, overdue);
    }
}
