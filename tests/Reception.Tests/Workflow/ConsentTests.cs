using Reception.Contracts.People;
using Reception.Contracts.Programs;
using Reception.Contracts.Returnees;
using Reception.Contracts.Shared;

namespace Reception.Tests.Workflow;

/// <summary>
/// Issue #16, consent that means something: recorded per purpose with who and when, gating referrals outside the
/// mandatory categories, narrowing what a provider sees, and a provider's access ending after its referral closes.
/// </summary>
[Collection(WorkflowCollection.Name)]
public sealed class ConsentTests(WorkflowCluster cluster)
{
    [Fact]
    public async Task A_referral_outside_the_mandatory_categories_without_consent_is_refused_and_changes_nothing()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var legal = await s.AddProgramAsync(ProgramCategory.LegalAid);
        var receipt = await s.ArriveAsync();
        var returnee = s.Returnee(receipt.CaseId);
        await returnee.RecordAssessment(Scenario.Assessment(consent: false), s.Manager);
        var before = await returnee.View(s.Manager);
        var trail = (await s.TrailOfCase(receipt.CaseId)).Count;

        var refused = await Assert.ThrowsAsync<ReceptionException>(() => returnee.Refer(legal, "Court date", s.Manager));

        Assert.Equal((ErrorKind.Conflict, ProblemCodes.ConsentRequired), (refused.Kind, refused.Code));
        Assert.Equal(legal, refused.Refusal.Parameters["program"]);
        var after = await returnee.View(s.Manager);
        Assert.Equal((before.Version, before.Referrals.Count), (after.Version, after.Referrals.Count));
        // Only the read since was appended: the refusal wrote nothing.
        Assert.Equal(trail + 1, (await s.TrailOfCase(receipt.CaseId)).Count);
        Assert.Empty((await s.Program(legal).GetDetail()).Queue);
    }

    [Fact]
    public async Task With_an_override_the_referral_is_made_and_its_reason_is_in_the_event_log()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var legal = await s.AddProgramAsync(ProgramCategory.LegalAid);
        var receipt = await s.ArriveAsync();
        var returnee = s.Returnee(receipt.CaseId);

        var referral = await returnee.Refer(legal, null, s.Manager, consentOverride: "  Hearing tomorrow; the person cannot read the form  ");

        Assert.Equal((ReferralBasis.Override, "Hearing tomorrow; the person cannot read the form"), (referral.Basis, referral.OverrideReason));
        var referred = Assert.Single(await s.TrailOfCase(receipt.CaseId), e => e.Action == "referred");
        Assert.Equal((s.Manager.UserName, "override", "Hearing tomorrow; the person cannot read the form"),
            (referred.UserName, referred.Facts!["basis"], referred.Facts["overrideReason"]));
        Assert.Contains("without consent: Hearing tomorrow", referred.Detail, StringComparison.Ordinal);
        Assert.Equal(referral.ReferralId, Assert.Single((await s.Program(legal).GetDetail()).Queue).ReferralId);
    }

    [Fact]
    public async Task Mandatory_referrals_proceed_without_consent_and_say_so()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var childProtection = await s.AddProgramAsync(ProgramCategory.ChildProtection);
        var health = await s.AddProgramAsync(ProgramCategory.Health);
        var child = await s.ArriveAsync(new RegisterArrival(s.PointCode, "Kevin", "Martínez", Sex.Male, EstimatedAge: 15));
        var again = await s.ArriveAsync(Scenario.Adult(s.PointCode, "Rosa", "Luna") with { Vulnerabilities = [Vulnerability.MedicalUrgency] });
        await s.Returnee(again.CaseId).RecordAssessment(Scenario.Assessment(consent: false), s.Manager);

        // Automatic at registration, and by the desk: both mandatory, neither needs consent.
        Assert.Equal((childProtection, ReferralBasis.Mandatory), (Assert.Single(child.Referrals).ProgramId, child.Referrals[0].Basis));
        var automatic = Assert.Single(again.Referrals);
        await s.Returnee(again.CaseId).DeclineReferral(automatic.ReferralId, health, "Seen by the Red Cross", Actor.Provider("nurse", health));
        var byDesk = await s.Returnee(again.CaseId).Refer(health, "Follow-up of the blood pressure", s.Manager);

        Assert.Equal(ReferralBasis.Mandatory, byDesk.Basis);
        var events = await s.TrailOfCase(again.CaseId);
        Assert.Equal(2, events.Count(e => e.Action == "referred" && e.Facts!["basis"] == "mandatory"));
        Assert.Contains("(mandatory)", events.Last(e => e.Action == "referred").Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_consent_a_provider_sees_only_the_flags_its_category_needs()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var psychosocial = await s.AddProgramAsync(ProgramCategory.Psychosocial);
        var documents = await s.AddProgramAsync(ProgramCategory.Documents);
        var receipt = await s.ArriveAsync(Scenario.Adult(s.PointCode) with { Vulnerabilities = [Vulnerability.ViolenceVictim, Vulnerability.Disability, Vulnerability.InterpreterNeeded] });
        var returnee = s.Returnee(receipt.CaseId);
        await returnee.RecordAssessment(Scenario.Assessment(consent: false), s.Manager);
        await returnee.Refer(psychosocial, null, s.Manager, consentOverride: "Crisis at the desk");
        await returnee.Refer(documents, null, s.Manager, consentOverride: "Needs a birth certificate to travel");

        var psychologist = await returnee.View(Actor.Provider("psychologist", psychosocial));
        var registrar = await returnee.View(Actor.Provider("registrar", documents));

        Assert.Equal([Vulnerability.ViolenceVictim], psychologist.Flags);
        Assert.Empty(registrar.Flags);
        Assert.Null(psychologist.Assessment);
        Assert.False(psychologist.ConsentToShare);
        Assert.Equal([Vulnerability.ViolenceVictim], Assert.Single((await s.Program(psychosocial).GetDetail()).Queue).Flags);
        Assert.Empty(Assert.Single((await s.Program(documents).GetDetail()).Queue).Flags);
        // The point's managers read the case whole.
        Assert.Equal(3, (await returnee.View(s.Manager)).Flags.Count(f => f is Vulnerability.ViolenceVictim or Vulnerability.Disability or Vulnerability.InterpreterNeeded));
    }

    [Fact]
    public async Task A_providers_timeline_of_the_person_narrows_the_flags_the_same_way()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var documents = await s.AddProgramAsync(ProgramCategory.Documents);
        var receipt = await s.ArriveAsync(Scenario.Adult(s.PointCode) with { Vulnerabilities = [Vulnerability.ViolenceVictim] });
        await s.Returnee(receipt.CaseId).Refer(documents, null, s.Manager, consentOverride: "Needs a birth certificate");
        var people = s.Grains.GetGrain<IPeopleGrain>(0);

        var narrowed = Assert.Single((await people.Timeline(receipt.PersonId, Actor.Provider("registrar", documents))).Cases);
        await s.ConsentAsync(receipt.CaseId);
        var shared = Assert.Single((await people.Timeline(receipt.PersonId, Actor.Provider("registrar", documents))).Cases);

        Assert.Empty(narrowed.Flags);
        Assert.Equal([Vulnerability.ViolenceVictim], shared.Flags);
    }

    [Fact]
    public async Task After_withdrawal_the_next_provider_read_is_redacted()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var documents = await s.AddProgramAsync(ProgramCategory.Documents);
        var receipt = await s.ArriveAsync(Scenario.Adult(s.PointCode) with { Vulnerabilities = [Vulnerability.ViolenceVictim] });
        var returnee = s.Returnee(receipt.CaseId);
        await returnee.RecordAssessment(Scenario.Assessment(consent: true), s.Manager);
        await returnee.Refer(documents, null, s.Manager);
        var registrar = Actor.Provider("registrar", documents);
        var shared = await returnee.View(registrar);
        Assert.NotNull(shared.Assessment);
        Assert.Contains(Vulnerability.ViolenceVictim, shared.Flags);
        WorkflowCluster.Clock.Advance(TimeSpan.FromMinutes(5));

        var withdrawn = await returnee.RecordConsent(ConsentPurpose.ShareAssessment, false, "Does not want the registry to know", s.Manager);

        var consent = Assert.Single(withdrawn.Consents!, c => c.Purpose == ConsentPurpose.ShareAssessment);
        Assert.Equal((false, s.Manager.UserName, Scenario.Now, (DateTimeOffset?)Scenario.Now), (consent.Given, consent.RecordedBy, consent.RecordedAt, consent.WithdrawnAt));
        var redacted = await returnee.View(registrar);
        Assert.Null(redacted.Assessment);
        Assert.Empty(redacted.Flags);
        Assert.Empty(Assert.Single((await s.Program(documents).GetDetail()).Queue).Flags);
        var events = await s.TrailOfCase(receipt.CaseId);
        var given = Assert.Single(events, e => e.Action == "consentGiven");
        var withdrawal = Assert.Single(events, e => e.Action == "consentWithdrawn");
        Assert.Equal(("shareAssessment", s.Manager.UserName), (given.Facts!["purpose"], given.UserName));
        Assert.Equal(("shareAssessment", "Does not want the registry to know", Scenario.Now), (withdrawal.Facts!["purpose"], withdrawal.Facts["note"], withdrawal.At));
        // The decision that already stands records nothing again.
        var version = withdrawn.Version;
        Assert.Equal(version, (await returnee.RecordConsent(ConsentPurpose.ShareAssessment, false, null, s.Manager)).Version);
    }

    [Fact]
    public async Task Each_purpose_is_recorded_on_its_own_and_the_assessment_answer_is_the_share_purpose()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var receipt = await s.ArriveAsync(Scenario.Adult(s.PointCode) with { PrivacyNoticeGiven = true });
        var returnee = s.Returnee(receipt.CaseId);

        await returnee.RecordConsent(ConsentPurpose.FollowUpContact, true, null, s.Manager);
        var assessed = await returnee.RecordAssessment(Scenario.Assessment(consent: false), s.Manager);

        Assert.Equal([(ConsentPurpose.ShareAssessment, false), (ConsentPurpose.FollowUpContact, true)], assessed.Consents!.Select(c => (c.Purpose, c.Given)));
        Assert.True(assessed.PrivacyNoticeGiven);
        var events = await s.TrailOfCase(receipt.CaseId);
        Assert.Equal("given", Assert.Single(events, e => e.Action == "registered").Facts!["privacyNotice"]);
        Assert.Equal(["consentGiven:followUpContact", "consentRefused:shareAssessment"],
            events.Where(e => e.Action.StartsWith("consent", StringComparison.Ordinal)).Select(e => $"{e.Action}:{e.Facts!["purpose"]}"));
        var unsaid = await s.ArriveAsync();
        Assert.Equal("notGiven", Assert.Single(await s.TrailOfCase(unsaid.CaseId), e => e.Action == "registered").Facts!["privacyNotice"]);
        Assert.Null((await s.Returnee(unsaid.CaseId).View(s.Manager)).PrivacyNoticeGiven);
    }

    [Fact]
    public async Task A_providers_access_ends_the_configured_time_after_its_referral_closes()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var food = await s.AddProgramAsync(ProgramCategory.Food);
        var receipt = await s.ArriveConsentingAsync();
        var returnee = s.Returnee(receipt.CaseId);
        var referral = await returnee.Refer(food, null, s.Manager);
        var cook = Actor.Provider("cook", food);
        await returnee.AcceptReferral(referral.ReferralId, food, cook);
        await returnee.CompleteReferral(referral.ReferralId, food, "Two meals", cook);
        var closedAt = Scenario.Now;

        var people = s.Grains.GetGrain<IPeopleGrain>(0);
        var byCase = new CaseSearch(Q: receipt.CaseId);

        WorkflowCluster.Clock.Advance(new PrivacyOptions().ProviderAccessAfterClose - TimeSpan.FromMinutes(1));
        Assert.True((await returnee.View(cook)).Redacted);
        Assert.Single((await people.Timeline(receipt.PersonId, cook)).Cases);
        Assert.Single((await people.Search(byCase, cook)).Items);
        WorkflowCluster.Clock.Advance(TimeSpan.FromMinutes(2));

        // The search and the person's timeline end with the case read.
        Assert.Empty((await people.Search(byCase, cook)).Items);
        Assert.Equal(ErrorKind.Forbidden, (await Assert.ThrowsAsync<ReceptionException>(() => people.Timeline(receipt.PersonId, cook))).Kind);
        var ended = await Assert.ThrowsAsync<ReceptionException>(() => returnee.View(cook));
        Assert.Equal((ErrorKind.Forbidden, ProblemCodes.ProviderAccessEnded), (ended.Kind, ended.Code));
        Assert.Equal(closedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture), ended.Refusal.Parameters["closedAt"]);
        Assert.Equal("30", ended.Refusal.Parameters["days"]);
        // A new referral to the program opens the case to it again; the point's managers were never limited.
        await returnee.View(s.Manager);
        await returnee.Refer(food, "Again", s.Manager);
        Assert.True((await returnee.View(cook)).Redacted);
    }
}
