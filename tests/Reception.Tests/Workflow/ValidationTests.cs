using Reception.Contracts.Points;
using Reception.Contracts.Programs;
using Reception.Contracts.Returnees;
using Reception.Contracts.Shared;

namespace Reception.Tests.Workflow;

[Collection(WorkflowCollection.Name)]
public sealed class ValidationTests(WorkflowCluster cluster)
{
    public static TheoryData<string, string> BadArrivals => new()
    {
        { "empty given names", "givenNames" },
        { "long surnames", "surnames" },
        { "digits in name", "givenNames" },
        { "birth date in the future", "dateOfBirth" },
        { "birth date 121 years ago", "dateOfBirth" },
        { "estimated age 130", "estimatedAge" },
        { "negative estimated age", "estimatedAge" },
        { "CURP bad check digit", "curp" },
        { "CURP bad format", "curp" },
        { "CURP short", "curp" },
        { "unknown sex", "sex" },
        { "notice of another point", "noticeId" },
    };

    private static RegisterArrival Bad(string name, string point)
    {
        var ok = Scenario.Adult(point);
        var today = DateOnly.FromDateTime(Scenario.Now.UtcDateTime);
        return name switch
        {
            "empty given names" => ok with { GivenNames = "   " },
            "long surnames" => ok with { Surnames = new string('a', 101) },
            "digits in name" => ok with { GivenNames = "Juan 2" },
            "birth date in the future" => ok with { DateOfBirth = today.AddDays(1) },
            "birth date 121 years ago" => ok with { DateOfBirth = today.AddYears(-121) },
            "estimated age 130" => ok with { DateOfBirth = null, EstimatedAge = 130 },
            "negative estimated age" => ok with { DateOfBirth = null, EstimatedAge = -1 },
            "CURP bad check digit" => ok with { Curp = "HEGG560427MVZRRL05" },
            "CURP bad format" => ok with { Curp = "HEGG561327MVZRRL04" },
            "CURP short" => ok with { Curp = "HEGG560427" },
            "unknown sex" => ok with { Sex = (Sex)7 },
            "notice of another point" => ok with { NoticeId = "TIJ-N1" },
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }

    [Theory]
    [MemberData(nameof(BadArrivals))]
    public async Task A_bad_arrival_is_refused_with_the_field_and_nothing_is_recorded(string problem, string field)
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var caseId = CaseIds.New();

        var error = await Assert.ThrowsAsync<ReceptionException>(() => s.ArriveAsync(Bad(problem, s.PointCode), caseId));

        Assert.Equal(ErrorKind.Validation, error.Kind);
        Assert.True(error.FieldErrors.ContainsKey(field), $"{problem}: expected an error on {field}, got {string.Join(",", error.FieldErrors.Keys)}");
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.Equal(0, (await s.Point.GetSummary()).ArrivedToday);
        var missing = await Assert.ThrowsAsync<ReceptionException>(() => s.Returnee(caseId).View(Scenario.Coordinator));
        Assert.Equal(ErrorKind.NotFound, missing.Kind);
    }

    [Fact]
    public async Task The_curp_check_digit_refusal_names_the_curp_and_the_expected_digit()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var error = await Assert.ThrowsAsync<ReceptionException>(() => s.ArriveAsync(Scenario.Adult(s.PointCode) with { Curp = "HEGG560427MVZRRL05" }));
        var refusal = Assert.Single(error.FieldErrors["curp"]);
        Assert.Equal(ProblemCodes.CurpCheckDigit, refusal.Code);
        Assert.Equal("HEGG560427MVZRRL05", refusal.Parameters["value"]);
        Assert.Equal("4", refusal.Parameters["expected"]);
    }

    [Fact]
    public async Task A_valid_curp_and_trimmed_names_are_accepted()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        // HEGG560427MVZRRL04: a woman born on 1956-04-27 in Veracruz.
        var receipt = await s.ArriveAsync(Scenario.Adult(s.PointCode, given: "  María José ", surnames: "O'Neil-Ávila") with
        {
            Curp = "hegg560427mvzrrl04", Sex = Sex.Female, DateOfBirth = new DateOnly(1956, 4, 27),
        });
        var record = await s.Returnee(receipt.CaseId).View(s.Manager);
        Assert.Equal("María José", record.GivenNames);
        Assert.Equal("HEGG560427MVZRRL04", record.Curp);
    }

    [Fact]
    public async Task An_unknown_point_is_not_found()
    {
        var error = await Assert.ThrowsAsync<ReceptionException>(() =>
            cluster.Grains.GetGrain<IReturneeGrain>(CaseIds.New()).Register(Scenario.Adult("ZZZ"), Actor.Manager("m", "ZZZ")));
        Assert.Equal(ErrorKind.NotFound, error.Kind);
        Assert.Equal(ErrorKind.NotFound, (await Assert.ThrowsAsync<ReceptionException>(() => cluster.Grains.GetGrain<IReceptionPointGrain>("ZZZ").GetSummary())).Kind);
    }

    [Fact]
    public async Task A_manager_of_another_point_may_not_register_there()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var error = await Assert.ThrowsAsync<ReceptionException>(() =>
            s.Returnee(CaseIds.New()).Register(Scenario.Adult(s.PointCode), Actor.Manager("manager-TIJ", "TIJ")));
        Assert.Equal(ErrorKind.Forbidden, error.Kind);
        Assert.Equal(0, (await s.Point.GetSummary()).ArrivedToday);
    }

    [Theory]
    [InlineData(-1, 2, 10, "shelterBeds")]
    [InlineData(10, -2, 10, "intakeDesks")]
    [InlineData(10, 2, -10, "usualDailyArrivals")]
    public async Task Negative_capacity_is_refused_and_the_capacity_is_unchanged(int beds, int desks, int usual, string field)
    {
        var s = await new Scenario(cluster).WithPointAsync(beds: 100, desks: 4, usualDaily: 240);
        var error = await Assert.ThrowsAsync<ReceptionException>(() => s.Point.SetCapacity(new PointCapacity(beds, desks, usual), s.Manager));
        Assert.Equal(ErrorKind.Validation, error.Kind);
        Assert.Contains(field, error.FieldErrors.Keys);
        Assert.Equal(new PointCapacity(100, 4, 240), (await s.Point.GetSummary()).Capacity);
    }

    [Fact]
    public async Task A_coordinator_may_not_change_capacity_but_the_manager_may()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        Assert.Equal(ErrorKind.Forbidden, (await Assert.ThrowsAsync<ReceptionException>(() => s.Point.SetCapacity(new PointCapacity(1, 1, 1), Scenario.Coordinator))).Kind);
        Assert.Equal(new PointCapacity(250, 5, 300), (await s.Point.SetCapacity(new PointCapacity(250, 5, 300), s.Manager)).Capacity);
    }

    [Theory]
    [InlineData(-25 * 60, 10, 0, TransportMode.Bus, "expectedAt")]
    [InlineData(31 * 24 * 60, 10, 0, TransportMode.Bus, "expectedAt")]
    [InlineData(60, 0, 0, TransportMode.Bus, "headcount")]
    [InlineData(60, 1001, 0, TransportMode.Bus, "headcount")]
    [InlineData(60, 10, 11, TransportMode.Bus, "minors")]
    [InlineData(60, 10, -1, TransportMode.Bus, "minors")]
    [InlineData(60, 10, 0, (TransportMode)9, "transport")]
    public async Task A_bad_notice_is_refused_and_not_recorded(int minutesFromNow, int headcount, int minors, TransportMode transport, string field)
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var error = await Assert.ThrowsAsync<ReceptionException>(() =>
            s.Point.RecordNotice(new NoticeCommand(Scenario.Now.AddMinutes(minutesFromNow), headcount, minors, transport, "X"), s.Manager));
        Assert.Equal(ErrorKind.Validation, error.Kind);
        Assert.Contains(field, error.FieldErrors.Keys);
        Assert.Empty((await s.Point.GetDetail()).Notices);
    }

    [Fact]
    public async Task A_notice_with_the_same_key_is_recorded_once()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var command = new NoticeCommand(Scenario.Now.AddHours(3), 40, 5, TransportMode.Flight, "AM 1234");
        var first = await s.Point.RecordNotice(command, s.Manager, "n-1");
        var again = await s.Point.RecordNotice(command, s.Manager, "n-1");
        Assert.Equal(first, again);
        Assert.Single((await s.Point.GetDetail()).Notices);
        Assert.Equal(ErrorKind.Conflict, (await Assert.ThrowsAsync<ReceptionException>(() => s.Point.RecordNotice(command with { Headcount = 41 }, s.Manager, "n-1"))).Kind);
    }

    [Fact]
    public async Task Referrals_to_unknown_or_non_serving_programs_are_refused_and_change_nothing()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var elsewhere = await s.AddProgramAsync(ProgramCategory.Employment, points: ["TIJ"], states: ["Jalisco"]);
        var receipt = await s.ArriveAsync();
        var returnee = s.Returnee(receipt.CaseId);

        Assert.Equal(ErrorKind.NotFound, (await Assert.ThrowsAsync<ReceptionException>(() => returnee.Refer("no-such-program", null, s.Manager))).Kind);
        var notServing = await Assert.ThrowsAsync<ReceptionException>(() => returnee.Refer(elsewhere, null, s.Manager));
        Assert.Equal(ErrorKind.Validation, notServing.Kind);
        Assert.Contains("programId", notServing.FieldErrors.Keys);
        await returnee.RecordAssessment(Scenario.Assessment(state: "Oaxaca"), s.Manager);
        Assert.Contains("Oaxaca", (await Assert.ThrowsAsync<ReceptionException>(() => returnee.Refer(elsewhere, null, s.Manager))).Message);

        var record = await returnee.View(s.Manager);
        Assert.Empty(record.Referrals);
        Assert.Empty((await s.Program(elsewhere).GetDetail()).Queue);

        // Serving the destination state is enough.
        await returnee.RecordAssessment(Scenario.Assessment(state: "jalisco"), s.Manager);
        Assert.Equal(ReferralStatus.Pending, (await returnee.Refer(elsewhere, null, s.Manager)).Status);
    }

    [Fact]
    public async Task A_bad_assessment_is_refused_and_the_case_stays_where_it_was()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var receipt = await s.ArriveAsync();
        var error = await Assert.ThrowsAsync<ReceptionException>(() =>
            s.Returnee(receipt.CaseId).RecordAssessment(Scenario.Assessment(state: "Texas") with { YearsAbroad = -3 }, s.Manager));
        Assert.Equal(ErrorKind.Validation, error.Kind);
        Assert.Contains("destinationState", error.FieldErrors.Keys);
        Assert.Contains("yearsAbroad", error.FieldErrors.Keys);
        var record = await s.Returnee(receipt.CaseId).View(s.Manager);
        Assert.Null(record.Assessment);
        Assert.Equal(Stage.Arrived, record.Stage);
        Assert.Equal(0, (await s.Point.GetSummary()).Today.Assessed);
    }
}
