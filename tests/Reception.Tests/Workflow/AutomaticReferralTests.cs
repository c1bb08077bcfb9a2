using Reception.Contracts.Points;
using Reception.Contracts.Programs;
using Reception.Contracts.Returnees;

namespace Reception.Tests.Workflow;

/// <summary>
/// Vulnerabilities known at the door are referred at registration, without waiting for the desk's assessment: the
/// mandatory ones at once, the others as soon as the person consents to share.
/// </summary>
[Collection(WorkflowCollection.Name)]
public sealed class AutomaticReferralTests(WorkflowCluster cluster)
{
    [Fact]
    public async Task Medical_urgency_is_referred_at_registration_ahead_of_assessed_people_and_violence_once_consented()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var health = await s.AddProgramAsync(ProgramCategory.Health, points: [s.PointCode]);
        var psychosocial = await s.AddProgramAsync(ProgramCategory.Psychosocial, points: [s.PointCode]);
        var assessed = await s.ArriveConsentingAsync();
        await s.Returnee(assessed.CaseId).Refer(health, "Back pain", s.Manager);

        var urgent = await s.ArriveAsync(Scenario.Adult(s.PointCode, "Rosa", "Martínez") with
        {
            Sex = Sex.Female,
            Vulnerabilities = [Vulnerability.MedicalUrgency, Vulnerability.Pregnancy, Vulnerability.ViolenceVictim],
        });

        Assert.Equal(Priority.Urgent, urgent.Priority);
        // Referred, but still waiting for the intake interview; the medical urgency is mandatory, violence waits for consent.
        Assert.Equal(Stage.Arrived, urgent.Stage);
        var mandatory = Assert.Single(urgent.Referrals);
        Assert.Equal((health, ReferralBasis.Mandatory), (mandatory.ProgramId, mandatory.Basis));
        Assert.Empty((await s.Program(psychosocial).GetDetail()).Queue);

        var consented = await s.ConsentAsync(urgent.CaseId);

        Assert.All(consented.Referrals, r => Assert.True(r.Automatic));
        // Each names the most pressing situation of its category.
        Assert.Equal([Vulnerability.MedicalUrgency, Vulnerability.ViolenceVictim], consented.Referrals.OrderBy(r => r.ProgramId == psychosocial).Select(r => r.AutomaticFor));
        // One referral per category, however many situations point to it.
        Assert.Equal([health, psychosocial], consented.Referrals.Select(r => r.ProgramId).Order());
        // The audit trail records the same as named facts, for clients that word it in their own language.
        var audit = await s.TrailOfCase(urgent.CaseId);
        var registered = Assert.Single(audit, a => a.Action == "registered").Facts!;
        Assert.Equal((s.PointCode, "urgent"), (registered["point"], registered["priority"]));
        Assert.Contains(audit, a => a.Action == "referred" && a.Facts!["program"] == health && a.Facts["automaticFor"] == "medicalUrgency" && a.Facts["basis"] == "mandatory");
        Assert.Contains(audit, a => a.Action == "referralAwaitingConsent" && a.Facts!["program"] == psychosocial && a.Facts["automaticFor"] == "violenceVictim");
        Assert.Contains(audit, a => a.Action == "referred" && a.Facts!["program"] == psychosocial && a.Facts["basis"] == "consent");
        var healthQueue = (await s.Program(health).GetDetail()).Queue;
        Assert.Equal(urgent.CaseId, healthQueue[0].CaseId);
        Assert.Equal(assessed.CaseId, healthQueue[1].CaseId);
        Assert.Equal(urgent.CaseId, Assert.Single((await s.Program(psychosocial).GetDetail()).Queue).CaseId);
    }

    [Fact]
    public async Task A_person_referred_at_registration_still_waits_for_the_intake_desk_and_goes_to_services_once_assessed()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var health = await s.AddProgramAsync(ProgramCategory.Health, points: [s.PointCode]);
        var psychosocial = await s.AddProgramAsync(ProgramCategory.Psychosocial, points: [s.PointCode]);

        var older = await s.ArriveAsync(Scenario.Adult(s.PointCode, "Ernesto", "Salas") with
        {
            DateOfBirth = null,
            EstimatedAge = 67,
            Vulnerabilities = [Vulnerability.FamilySeparation],
        });

        Assert.Equal(Priority.High, older.Priority);
        Assert.Empty(older.Referrals);
        Assert.Equal([health, psychosocial], (await s.ConsentAsync(older.CaseId)).Referrals.Select(r => r.ProgramId).Order());
        var queued = Assert.Single((await s.Point.GetDetail()).Queue);
        Assert.Equal(Stage.Arrived, queued.Stage);

        var assessed = await s.Returnee(older.CaseId).RecordAssessment(Scenario.Assessment(), s.Manager);

        Assert.Equal(Stage.Services, assessed.Stage);
        Assert.Equal(Stage.Services, Assert.Single((await s.Point.GetDetail()).Queue).Stage);
    }

    [Fact]
    public async Task An_urgent_situation_with_no_program_at_the_point_is_an_unmet_need_and_nothing_is_referred()
    {
        var s = await new Scenario(cluster).WithPointAsync();

        var urgent = await s.ArriveAsync(Scenario.Adult(s.PointCode) with { Vulnerabilities = [Vulnerability.TraffickingVictim] });

        Assert.Empty(urgent.Referrals);
        Assert.Equal(Stage.Arrived, urgent.Stage);
        var detail = await s.Point.GetDetail();
        Assert.Equal(new UnmetNeedCount(ProgramCategory.Psychosocial, 1), Assert.Single(detail.UnmetNeeds));
    }
}
