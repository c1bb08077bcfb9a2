using Reception.Contracts.Points;
using Reception.Grains.Points;

namespace Reception.Tests.Workflow;

public sealed class AlertRulesTests
{
    [Theory]
    [InlineData(100, 240, 10, 10, 0, AlertLevel.Normal, AlertReasonKind.WithinCapacity)]
    [InlineData(100, 240, 80, 80, 0, AlertLevel.Watch, AlertReasonKind.ProjectedNearBeds)]
    [InlineData(100, 240, 10, 80, 0, AlertLevel.Watch, AlertReasonKind.ProjectedNearBeds)]
    [InlineData(100, 240, 10, 10, 15, AlertLevel.Watch, AlertReasonKind.ArrivalsAboveUsual)]
    [InlineData(100, 240, 10, 100, 0, AlertLevel.Surge, AlertReasonKind.ProjectedAtBeds)]
    [InlineData(100, 240, 10, 10, 30, AlertLevel.Surge, AlertReasonKind.ArrivalsThreeTimesUsual)]
    [InlineData(100, 240, 100, 100, 0, AlertLevel.Critical, AlertReasonKind.PresentAtBeds)]
    [InlineData(100, 240, 10, 125, 0, AlertLevel.Critical, AlertReasonKind.ProjectedFarOverBeds)]
    [InlineData(100, 240, 10, 124, 29, AlertLevel.Surge, AlertReasonKind.ProjectedAtBeds)]
    [InlineData(0, 0, 50, 50, 50, AlertLevel.Normal, AlertReasonKind.WithinCapacity)]
    public void Levels_follow_the_documented_rules(int beds, int usualDaily, int present, int projected, int lastHour, AlertLevel expected, AlertReasonKind because)
    {
        var (level, reason) = AlertRules.Evaluate(new PointCapacity(beds, 2, usualDaily), present, projected, lastHour);
        Assert.Equal(expected, level);
        Assert.Equal(because, reason.Kind);
        Assert.Equal((present, projected, beds, lastHour), (reason.Present, reason.Projected, reason.Beds, reason.LastHour));
        Assert.False(string.IsNullOrWhiteSpace(reason.Describe()));
    }

    [Fact]
    public void The_reason_gives_arrivals_as_a_multiple_of_the_usual_rate()
    {
        // 240 a day is 10 an hour: 61 in the last hour is 6.1 times the usual.
        var (_, reason) = AlertRules.Evaluate(new PointCapacity(0, 2, 240), 5, 5, 61);
        Assert.Equal(6.1, reason.TimesUsual);
        Assert.Equal("61 arrivals in the last hour, 6.1x the usual 10", reason.Describe());
    }
}

[Collection(WorkflowCollection.Name)]
public sealed class AlertLevelTests(WorkflowCluster cluster)
{
    [Fact]
    public async Task Notices_raise_projected_occupancy_and_arrivals_fill_the_beds()
    {
        var s = await new Scenario(cluster).WithPointAsync(beds: 10, usualDaily: 0);
        Assert.Equal(AlertLevel.Normal, (await s.Point.GetSummary()).AlertLevel);

        await s.Point.RecordNotice(new NoticeCommand(Scenario.Now.AddHours(1), 8, 0, TransportMode.Bus, "Bus A"), s.Manager);
        Assert.Equal(AlertLevel.Watch, (await s.Point.GetSummary()).AlertLevel);

        await s.Point.RecordNotice(new NoticeCommand(Scenario.Now.AddHours(5), 4, 0, TransportMode.Bus, "Bus B"), s.Manager);
        var surge = await s.Point.GetSummary();
        Assert.Equal(12, surge.ProjectedOccupancy);
        Assert.Equal(AlertLevel.Surge, surge.AlertLevel);

        // A notice beyond six hours does not count.
        await s.Point.RecordNotice(new NoticeCommand(Scenario.Now.AddHours(7), 100, 0, TransportMode.Bus, "Bus C"), s.Manager);
        Assert.Equal(12, (await s.Point.GetSummary()).ProjectedOccupancy);

        for (var i = 0; i < 10; i++)
        {
            await s.ArriveAsync();
        }
        var critical = await s.Point.GetSummary();
        Assert.Equal(10, critical.Present);
        Assert.Equal(AlertLevel.Critical, critical.AlertLevel);
        Assert.Equal(10, critical.ArrivedLastHour);
    }
}
