using Reception.Contracts.Returnees;
using Reception.Grains.Records;

namespace Reception.Tests.Workflow;

public sealed class CurpTests
{
    [Theory]
    // Worked by hand: the RENAPO alphabet values weighted 18..2 sum to 2246 for HEGG560427MVZRRL0, so the digit is (10 - 2246 % 10) % 10 = 4.
    [InlineData("HEGG560427MVZRRL0", 4)]
    [InlineData("GOMJ800101HDFRRN0", 0)]
    [InlineData("LOPA021231HCHPRN0", 9)]
    public void The_check_digit_follows_the_renapo_algorithm(string first17, int digit) =>
        Assert.Equal(digit, Curp.CheckDigit(first17));

    [Theory]
    [InlineData("HEGG560427MVZRRL04", true)]
    [InlineData("HEGG560427MVZRRL05", false)]
    [InlineData("HEGG560427MXXRRL04", false)]
    [InlineData("HEGG560427MVZRRL4", false)]
    public void Validation_checks_format_and_digit(string curp, bool valid) => Assert.Equal(valid, Curp.Problem(curp) is null);

    [Theory]
    [InlineData("HEGG560427MVZRRL04", "Veracruz")]
    [InlineData("GOMJ800101HDFRRN00", "Ciudad de México")]
    [InlineData("LOPA021231HCHPRN09", "Chihuahua")]
    [InlineData("LOPA021231HNEPRN09", null)]
    public void The_state_of_birth_is_read_from_positions_12_and_13(string curp, string? state) =>
        Assert.Equal(state, CurpStates.StateOfBirth(curp));
}
