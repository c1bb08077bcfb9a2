using Reception.Contracts.Points;
using Reception.Contracts.Programs;
using Reception.Contracts.Returnees;
using Reception.Contracts.Shared;
using Reception.Tests.Shared;

namespace Reception.Tests.Workflow;

/// <summary>The grains accept every limited field at its limit and refuse it one past, on that field (see Api/LimitTests for the API).</summary>
[Collection(WorkflowCollection.Name)]
public sealed class LimitTests(WorkflowCluster cluster)
{
    [Theory]
    [MemberData(nameof(LimitedFields.Names), MemberType = typeof(LimitedFields))]
    public async Task A_grain_refuses_exactly_past_the_limit(string name)
    {
        var field = LimitedFields.Named(name);
        foreach (var (value, refused) in field.Probes())
        {
            var error = await Record.ExceptionAsync(() => SendAsync(field, value));
            if (refused)
            {
                var invalid = Assert.IsType<ReceptionException>(error);
                Assert.Equal(ErrorKind.Validation, invalid.Kind);
                Assert.Contains(field.Field, invalid.FieldErrors.Keys);
            }
            else
            {
                Assert.Null(error);
            }
        }
    }

    private async Task SendAsync(LimitedField field, object value)
    {
        var s = await new Scenario(cluster).WithPointAsync();
        string Text() => (string)value;
        int Number() => (int)value;
        string[] Items() => (string[])value;
        switch (field.Command)
        {
            case "arrival":
                var adult = Scenario.Adult(s.PointCode);
                await s.ArriveAsync(field.Field switch
                {
                    "givenNames" => adult with { GivenNames = Text() },
                    "surnames" => adult with { Surnames = Text() },
                    _ => adult with { DateOfBirth = null, EstimatedAge = Number() },
                });
                return;
            case "capacity":
                await s.Point.SetCapacity(new PointCapacity(
                    field.Field == "shelterBeds" ? Number() : 10,
                    field.Field == "intakeDesks" ? Number() : 2,
                    field.Field == "usualDailyArrivals" ? Number() : 30), s.Manager);
                return;
            case "notice":
                await s.Point.RecordNotice(new NoticeCommand(
                    Scenario.Now.AddHours(1), field.Field == "headcount" ? Number() : 10, 0, TransportMode.Bus,
                    field.Field == "reference" ? Text() : "Bus 1"), s.Manager);
                return;
        }
        var receipt = await s.ArriveConsentingAsync();
        var returnee = s.Returnee(receipt.CaseId);
        var assessment = Scenario.Assessment();
        switch (field.Command)
        {
            case "assessment":
                await returnee.RecordAssessment(field.Field switch
                {
                    "occupation" => assessment with { Occupation = Text() },
                    "skills" => assessment with { Skills = Items() },
                    "yearsAbroad" => assessment with { YearsAbroad = Number() },
                    "destinationMunicipality" => assessment with { DestinationMunicipality = Text() },
                    _ => assessment with { ImmediateNeeds = Text() },
                }, s.Manager);
                return;
            case "departure":
                await returnee.Depart(new DepartCommand("Jalisco", Text(), null), s.Manager);
                return;
            case "transfer":
                await returnee.Transfer(new TransferCommand(
                    field.Field == "institution" ? Text() : "DIF Tamaulipas", field.Field == "note" ? Text() : null), s.Manager);
                return;
        }
        var programId = await s.AddProgramAsync(ProgramCategory.Health);
        var provider = Actor.Provider("provider", programId);
        if (field.Command == "referral")
        {
            await returnee.Refer(programId, Text(), s.Manager);
            return;
        }
        var referral = await returnee.Refer(programId, null, s.Manager);
        if (field.Command == "decline")
        {
            await returnee.DeclineReferral(referral.ReferralId, programId, Text(), provider);
            return;
        }
        await returnee.AcceptReferral(referral.ReferralId, programId, provider);
        await returnee.CompleteReferral(referral.ReferralId, programId, Text(), provider);
    }
}
