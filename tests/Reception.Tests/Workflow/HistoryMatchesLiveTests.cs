using Reception.Contracts.History;
using Reception.Contracts.Points;
using Reception.Contracts.Programs;
using Reception.Contracts.Returnees;
using Reception.Contracts.Shared;

namespace Reception.Tests.Workflow;

/// <summary>
/// History is permanent: what a point and its programs showed live at the end of each day is what the record
/// answers for those days afterwards. The point and programs are this test's own; the clock only moves forward
/// (the workflow collection runs one test at a time), to 06:00 at the point (08:00 in central Mexico) each day.
/// </summary>
[Collection(WorkflowCollection.Name)]
public sealed class HistoryMatchesLiveTests(WorkflowCluster cluster)
{
    private const string Destination = "Baja California Sur";

    [Fact]
    public async Task Three_days_read_back_from_the_record_as_they_were_shown_live()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var shelter = await s.AddProgramAsync(ProgramCategory.Shelter);
        var health = await s.AddProgramAsync(ProgramCategory.Health);
        var shelterProvider = Actor.Provider($"provider-{shelter}", shelter);
        var healthProvider = Actor.Provider($"provider-{health}", health);
        var live = new List<(DateOnly Day, PointDetail Point, ProgramSummary Shelter, ProgramSummary Health)>();

        // Day 1: three arrive; one is served, completed and departs; one is declined; one waits.
        var day1 = MorningOfNextDay();
        var a1 = (await s.ArriveAsync()).CaseId;
        var a2 = (await s.ArriveAsync()).CaseId;
        var a3 = (await s.ArriveAsync()).CaseId;
        await s.Returnee(a1).RecordAssessment(Scenario.Assessment(Destination, needs: [ProgramCategory.Shelter, ProgramCategory.LegalAid]), s.Manager);
        var r1 = await s.Returnee(a1).Refer(shelter, null, s.Manager);
        WorkflowCluster.Clock.Advance(TimeSpan.FromMinutes(17));
        await s.Returnee(a1).AcceptReferral(r1.ReferralId, shelter, shelterProvider);
        await s.Returnee(a1).CompleteReferral(r1.ReferralId, shelter, "Bed for two nights", shelterProvider);
        await s.Returnee(a1).Depart(new DepartCommand(Destination), s.Manager);
        await s.Returnee(a2).RecordAssessment(Scenario.Assessment(Destination, needs: [ProgramCategory.Health]), s.Manager);
        var r2 = await s.Returnee(a2).Refer(health, null, s.Manager);
        await s.Returnee(a2).DeclineReferral(r2.ReferralId, health, "No doctor today", healthProvider);
        WorkflowCluster.Clock.Advance(TimeSpan.FromMinutes(40));
        live.Add(await CaptureAsync(s, day1, shelter, health));

        // Day 2: one more arrives; yesterday's second person is first served today (a wait of about a day); the third is assessed and transferred.
        var day2 = MorningOfNextDay();
        var a4 = (await s.ArriveAsync()).CaseId;
        var r3 = await s.Returnee(a2).Refer(shelter, null, s.Manager);
        WorkflowCluster.Clock.Advance(TimeSpan.FromHours(2));
        await s.Returnee(a2).AcceptReferral(r3.ReferralId, shelter, shelterProvider);
        await s.Returnee(a3).RecordAssessment(Scenario.Assessment(Destination, needs: [ProgramCategory.Psychosocial, ProgramCategory.LegalAid]), s.Manager);
        await s.Returnee(a3).Transfer(new TransferCommand("DIF estatal"), s.Manager);
        await s.Returnee(a4).RecordAssessment(Scenario.Assessment(Destination, needs: [ProgramCategory.Health]), s.Manager);
        await s.Returnee(a4).Refer(health, null, s.Manager);
        WorkflowCluster.Clock.Advance(TimeSpan.FromMinutes(5));
        live.Add(await CaptureAsync(s, day2, shelter, health));

        // Day 3: the second person's referral is completed and they depart; the fourth is transferred with a referral open; a fifth arrives.
        var day3 = MorningOfNextDay();
        await s.Returnee(a2).CompleteReferral(r3.ReferralId, shelter, "Two nights", shelterProvider);
        await s.Returnee(a2).Depart(new DepartCommand(Destination), s.Manager);
        await s.Returnee(a4).Transfer(new TransferCommand("Hospital General"), s.Manager);
        await s.ArriveAsync();
        WorkflowCluster.Clock.Advance(TimeSpan.FromMinutes(5));
        live.Add(await CaptureAsync(s, day3, shelter, health));

        var history = s.Grains.GetGrain<IHistoryGrain>(IHistoryGrain.Key);
        var pointDays = await history.GetPointDays(s.PointCode, day1.AddDays(-1), day3, Scenario.Coordinator);
        var shelterDays = await history.GetProgramDays(shelter, day1.AddDays(-1), day3, Scenario.Coordinator);
        var healthDays = await history.GetProgramDays(health, day1.AddDays(-1), day3, s.Manager);

        Assert.Equal([day1.AddDays(-1), day1, day2, day3], pointDays.Select(d => d.Date));
        Assert.Equal(new PointDay(day1.AddDays(-1), new PointCounts(0, 0, 0, 0, 0, 0), 0, null, null, []), pointDays[0] with { UnmetNeeds = [] });
        Assert.Empty(pointDays[0].UnmetNeeds);
        Assert.Equal(new ProgramCounts(0, 0, 0, 0, 0), shelterDays[0].Counts);
        for (var i = 0; i < live.Count; i++)
        {
            var (day, point, shelterLive, healthLive) = live[i];
            var recorded = pointDays[i + 1];
            Assert.Equal(day, recorded.Date);
            Assert.Equal(point.Summary.Today, recorded.Counts);
            Assert.Equal(
                (point.Waits.FirstServiceSamples, point.Waits.FirstServiceMedianSeconds, point.Waits.FirstServiceP90Seconds),
                (recorded.FirstServiceSamples, recorded.FirstServiceMedianSeconds, recorded.FirstServiceP90Seconds));
            Assert.Equal(point.UnmetNeeds.OrderBy(u => u.Category), recorded.UnmetNeeds.OrderBy(u => u.Category));
            Assert.Equal(point.Summary.UnmetNeedsToday, recorded.UnmetNeeds.Sum(u => u.Count));
            Assert.Equal((day, shelterLive.Today), (shelterDays[i + 1].Date, shelterDays[i + 1].Counts));
            Assert.Equal((day, healthLive.Today), (healthDays[i + 1].Date, healthDays[i + 1].Counts));
        }

        // The days were not empty: the comparison above compared something.
        Assert.Equal(new PointCounts(3, 2, 2, 1, 1, 0), live[0].Point.Summary.Today);
        Assert.Equal(1, live[1].Point.Waits.FirstServiceSamples);
        Assert.Contains(live, l => l.Point.UnmetNeeds.Count > 0);
    }

    /// <summary>Moves the clock to the next 14:00 UTC: 06:00 at the point (Tijuana) and 08:00 in central Mexico, the same date in both.</summary>
    private static DateOnly MorningOfNextDay()
    {
        var now = WorkflowCluster.Clock.GetUtcNow();
        var morning = new DateTimeOffset(now.UtcDateTime.Date.AddHours(14), TimeSpan.Zero);
        if (morning <= now)
        {
            morning = morning.AddDays(1);
        }
        WorkflowCluster.Clock.Advance(morning - now);
        return DateOnly.FromDateTime(morning.UtcDateTime);
    }

    private static async Task<(DateOnly, PointDetail, ProgramSummary, ProgramSummary)> CaptureAsync(Scenario s, DateOnly day, string shelter, string health) =>
        (day, await s.Point.GetDetail(), await s.Program(shelter).GetSummary(), await s.Program(health).GetSummary());
}
