using Reception.Contracts.Programs;

namespace Reception.Tests.Workflow;

/// <summary>The one reach rule the referral command, the recommender and the case's referable programs share.</summary>
public sealed class ProgramReachTests
{
    private static readonly ProgramProfile Program = new(
        "reach", "Reach", ProgramCategory.Employment, "Provider", ["TIJ"], ["Jalisco"], 10);

    [Theory]
    [InlineData("TIJ", null, ServiceReach.Point)]
    [InlineData("tij", "Jalisco", ServiceReach.Point)]
    [InlineData("MEX", "jalisco", ServiceReach.Destination)]
    [InlineData("MEX", null, null)]
    [InlineData("MEX", "Yucatán", null)]
    public void A_case_is_served_at_the_point_first_then_at_its_destination(string point, string? destination, ServiceReach? expected)
    {
        Assert.Equal(expected, Program.Reaches(point, destination));
        Assert.Equal(expected is not null, Program.ServesCase(point, destination));
    }
}
