using Reception.Contracts.Points;
using Reception.Grains.Points;

namespace Reception.Tests.Workflow;

public sealed class AlertRulesTests
{
    [Theory]
    [InlineData(100, 240, 10, 10, 0, AlertLevel.Normal)]
    [InlineData(100, 240, 80, 80, 0, AlertLevel.Watch)]
    [InlineData(100, 240, 10, 80, 0, AlertLevel.Watch)]
    [InlineData(100, 240, 10, 10, 15, AlertLevel.Watch)]
    [InlineData(100, 240, 10, 100, 0, AlertLevel.Surge)]
    [InlineData(100, 240, 10, 10, 30, AlertLevel.Surge)]
    [InlineData(100, 240, 100, 100, 0, AlertLevel.Critical)]
    [InlineData(100, 240, 10, 125, 0, AlertLevel.Critical)]
    [InlineData(100, 240, 10, 124, 29, AlertLevel.Surge)]
    [InlineData(0, 0, 50, 50, 50, AlertLevel.Normal)]
    public void Levels_follow_the_documented_rules(int beds, int usualDaily, int present, int projected, int lastHour, AlertLevel expected)
    {
        var (level, reason) = AlertRules.Evaluate(new PointCapacity(beds, 2, usualDaily), present, projected, lastHour);
        Assert.Equal(expected, level);
        Assert.False(string.IsNullOrWhiteSpace(reason));
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
