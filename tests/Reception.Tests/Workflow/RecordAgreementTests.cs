using Orleans.Core.Internal;
using Reception.Contracts.Programs;
using Reception.Contracts.Returnees;
using Reception.Contracts.Shared;

namespace Reception.Tests.Workflow;

/// <summary>
/// The record agrees with the grain: after any sequence of commands — refused ones, failed deliveries, the case's
/// activation dropped between commands — its row says what the case says and its events are exactly the commands
/// and reads that succeeded, once each, in order.
/// </summary>
[Collection(WorkflowCollection.Name)]
public sealed class RecordAgreementTests(WorkflowCluster cluster)
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task After_a_random_sequence_of_commands_the_row_and_the_events_equal_the_case(int seed)
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var shelter = await s.AddProgramAsync(ProgramCategory.Shelter);
        var health = await s.AddProgramAsync(ProgramCategory.Health);
        var random = new Random(seed);
        var receipt = await s.ArriveAsync(Scenario.Adult(s.PointCode) with { Vulnerabilities = [Vulnerability.Pregnancy] });
        var caseId = receipt.CaseId;
        var returnee = s.Returnee(caseId);
        // Pregnancy's automatic referral waits for consent; once it is given the system refers.
        Assert.Empty(receipt.Referrals);
        await s.ConsentAsync(caseId);
        var expected = new List<string> { "registered", "referralAwaitingConsent", "consentGiven", "referred" };

        for (var step = 0; step < 40; step++)
        {
            var view = await returnee.View(s.Manager);
            expected.Add("viewed");
            if (view.Stage is Stage.Departed or Stage.Transferred)
            {
                break;
            }
            if (random.Next(4) == 0)
            {
                FaultInjection.FailNext(nameof(Contracts.Points.IReceptionPointGrain.ApplyCase), s.PointCode);
            }
            if (random.Next(5) == 0)
            {
                await returnee.Cast<IGrainManagementExtension>().DeactivateOnIdle();
            }
            var active = view.Referrals.Where(r => r.Status is ReferralStatus.Pending or ReferralStatus.Accepted).ToList();
            switch (random.Next(9))
            {
                case 0:
                    await returnee.RecordAssessment(Scenario.Assessment(needs: [ProgramCategory.Shelter]), s.Manager);
                    expected.Add(view.Assessment is null ? "assessed" : "reassessed");
                    break;
                case 1:
                    var program = random.Next(2) == 0 ? shelter : health;
                    if (active.Any(r => r.ProgramId == program))
                    {
                        await Assert.ThrowsAsync<ReceptionException>(() => returnee.Refer(program, null, s.Manager));
                    }
                    else
                    {
                        await returnee.Refer(program, "step " + step, s.Manager);
                        expected.Add("referred");
                    }
                    break;
                case 2 when active.FirstOrDefault(r => r.Status == ReferralStatus.Pending) is { } pending:
                    await returnee.AcceptReferral(pending.ReferralId, pending.ProgramId, Actor.Provider("p", pending.ProgramId));
                    expected.Add("referral accepted");
                    break;
                case 3 when active.FirstOrDefault(r => r.Status == ReferralStatus.Accepted) is { } accepted:
                    await returnee.CompleteReferral(accepted.ReferralId, accepted.ProgramId, "done", Actor.Provider("p", accepted.ProgramId));
                    expected.Add("referral completed");
                    break;
                case 4 when active.FirstOrDefault(r => r.Status == ReferralStatus.Pending) is { } declined:
                    await returnee.DeclineReferral(declined.ReferralId, declined.ProgramId, "full", Actor.Provider("p", declined.ProgramId));
                    expected.Add("referral declined");
                    break;
                case 5:
                    // Refused: bad input, another point's manager, a provider changing the case. Nothing is appended.
                    await Assert.ThrowsAsync<ReceptionException>(() => returnee.Depart(new DepartCommand("Atlantis", null, null), s.Manager));
                    await Assert.ThrowsAsync<ReceptionException>(() => returnee.View(Actor.Manager("other", "ZZZ")));
                    await Assert.ThrowsAsync<ReceptionException>(() => returnee.Refer(shelter, null, Actor.Provider("p", shelter)));
                    break;
                case 6:
                    await returnee.GetRecommendations(s.Manager);
                    expected.Add("viewed");
                    break;
                case 7 when step > 10:
                    await returnee.Depart(new DepartCommand("Jalisco", "Guadalajara", null), s.Manager);
                    expected.Add("departed");
                    break;
                default:
                    break;
            }
        }

        var final = await returnee.View(Scenario.Coordinator);
        expected.Add("viewed");
        var events = await RecordTables.EventsAsync(caseId);
        Assert.Equal(expected, events.Select(e => e.Action));
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.Sequence));

        var row = await RecordTables.CaseAsync(caseId);
        Assert.NotNull(row);
        Assert.Equal(AcceptedValues.NameOf(final.Stage), row.Stage);
        Assert.Equal(AcceptedValues.NameOf(final.Priority), row.Priority);
        Assert.Equal(final.Exit is null ? null : AcceptedValues.NameOf(final.Exit.Stage), row.ExitKind);
        foreach (var flag in final.Flags)
        {
            Assert.Contains($"\"{AcceptedValues.NameOf(flag)}\"", row.Vulnerabilities, StringComparison.Ordinal);
        }
        var statuses = await RecordTables.ReferralStatusesAsync(caseId);
        Assert.Equal(
            final.Referrals.ToDictionary(r => r.ReferralId, r => AcceptedValues.NameOf(r.Status)).OrderBy(p => p.Key),
            statuses.OrderBy(p => p.Key));
    }

    [Fact]
    public async Task Reads_append_an_event_each_and_leave_the_stored_state_as_it_was()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var caseId = (await s.ArriveAsync()).CaseId;
        var returnee = s.Returnee(caseId);
        await returnee.View(s.Manager);
        var before = await RecordTables.CaseAsync(caseId);

        for (var i = 0; i < 300; i++)
        {
            await returnee.View(i % 2 == 0 ? s.Manager : Scenario.Coordinator);
        }

        var after = await RecordTables.CaseAsync(caseId);
        Assert.Equal(before, after);
        Assert.Equal(302, (await RecordTables.EventsAsync(caseId)).Count);
        // The trail reads back through the grain, page by page, newest first: the same 302 plus the reads of the trail.
        var trail = await s.TrailOfCase(caseId);
        Assert.Equal(302, trail.Count);
        Assert.Equal(301, trail.Count(e => e.Action == "viewed"));
    }

    [Fact]
    public async Task The_row_carries_what_people_search_and_count_by()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        // CURP of a person born in Jalisco (JC): the record's origin comes from it.
        var withCurp = await s.ArriveAsync(new RegisterArrival(s.PointCode, "José", "Peña  Núñez", Sex.Male,
            DateOfBirth: new DateOnly(1990, 5, 1), Curp: "PENJ900501HJCXXS0" + Curp.CheckDigit("PENJ900501HJCXXS0")));
        var declared = await s.ArriveAsync(new RegisterArrival(s.PointCode, "Ana", "Ruiz", Sex.Female, EstimatedAge: 15, OriginState: "oaxaca"));

        var first = await RecordTables.CaseAsync(withCurp.CaseId);
        Assert.Equal(("JOSE PENA NUNEZ", "18-59", "Jalisco", "curp"), (first!.SearchName, first.AgeGroup, first.OriginState, first.OriginSource));
        var second = await RecordTables.CaseAsync(declared.CaseId);
        Assert.Equal(("ANA RUIZ", "12-17", "Oaxaca", "declared", true),
            (second!.SearchName, second.AgeGroup, second.OriginState, second.OriginSource, second.UnaccompaniedMinor));
    }

    [Fact]
    public async Task Registering_again_on_a_fresh_activation_returns_the_stored_case_and_appends_nothing()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var caseId = CaseIds.New();
        var command = Scenario.Adult(s.PointCode);
        var first = await s.ArriveAsync(command, caseId);
        await s.Returnee(caseId).Cast<IGrainManagementExtension>().DeactivateOnIdle();

        var replay = await s.ArriveAsync(command, caseId);
        Assert.Equal(first.CertificateNumber, replay.CertificateNumber);
        var conflict = await Assert.ThrowsAsync<ReceptionException>(() => s.ArriveAsync(command with { GivenNames = "Otro" }, caseId));
        Assert.Equal(ErrorKind.Conflict, conflict.Kind);
        Assert.Equal(["registered"], (await RecordTables.EventsAsync(caseId)).Select(e => e.Action));
        Assert.Equal(1, (await RecordTables.CaseAsync(caseId))!.Version);
    }
}
