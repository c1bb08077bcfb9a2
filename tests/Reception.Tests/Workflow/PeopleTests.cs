using Reception.Contracts.People;
using Reception.Contracts.Returnees;
using Reception.Contracts.Shared;

namespace Reception.Tests.Workflow;

/// <summary>
/// Issue #13 in the grains over the SQLite record: CURP checks and automatic linking, candidates of earlier returns,
/// links confirmed and undone, the recent-return flag, corrections that the queue, the search and the timeline
/// follow, and people without a known identity.
/// </summary>
[Collection(WorkflowCollection.Name)]
public sealed class PeopleTests(WorkflowCluster cluster)
{
    /// <summary>A made-up surname no other test uses: letters only, as names are.</summary>
    private static string UniqueSurname() =>
        "Q" + new string(Guid.NewGuid().ToByteArray().Take(6).Select(b => (char)('a' + b % 26)).ToArray());

    private static IPeopleGrain People(Scenario s) => s.Grains.GetGrain<IPeopleGrain>(0);

    private static string CurpOf(string first17) => first17 + Curp.CheckDigit(first17);

    // A man born on 1990-05-01 in Jalisco.
    private static readonly string JoseCurp = CurpOf("PENJ900501HJCXXS0");

    private static RegisterArrival Jose(string point) =>
        new(point, "José", "Peña Núñez", Sex.Male, DateOfBirth: new DateOnly(1990, 5, 1), Curp: JoseCurp);

    [Fact]
    public async Task A_curp_that_disagrees_with_the_registration_is_refused_naming_the_part_and_nothing_is_created()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        foreach (var (arrival, code) in new[]
        {
            (Jose(s.PointCode) with { DateOfBirth = new DateOnly(1990, 1, 5) }, ProblemCodes.CurpDateOfBirthDisagrees),
            (Jose(s.PointCode) with { Sex = Sex.Female }, ProblemCodes.CurpSexDisagrees),
            (Jose(s.PointCode) with { OriginState = "Sonora" }, ProblemCodes.CurpStateDisagrees),
        })
        {
            var caseId = CaseIds.New();
            var error = await Assert.ThrowsAsync<ReceptionException>(() => s.ArriveAsync(arrival, caseId));
            Assert.Equal(code, Assert.Single(error.FieldErrors["curp"]).Code);
            var missing = await Assert.ThrowsAsync<ReceptionException>(() => s.Returnee(caseId).View(Scenario.Coordinator));
            Assert.Equal(ProblemCodes.CaseNotFound, missing.Code);
        }

        // Agreeing in every part (an unspecified sex agrees with any), and the CURP's date stands in for a missing one.
        var accepted = await s.ArriveAsync(Jose(s.PointCode) with { DateOfBirth = null, Sex = Sex.Unspecified, OriginState = "jalisco" });
        var view = await s.Returnee(accepted.CaseId).View(s.Manager);
        Assert.Equal(new DateOnly(1990, 5, 1), view.DateOfBirth);
    }

    [Fact]
    public async Task A_second_return_with_the_same_curp_is_the_same_person_and_a_minor_returned_within_30_days_is_flagged()
    {
        var first = await new Scenario(cluster).WithPointAsync();
        var other = await new Scenario(cluster).WithPointAsync();
        // A girl born on 2011-02-03 in Oaxaca.
        var curp = CurpOf("LOPM110203MOCPRRA");
        var girl = new RegisterArrival(first.PointCode, "Mariana", "López Pérez", Sex.Female, DateOfBirth: new DateOnly(2011, 2, 3), Curp: curp);
        var earlier = await first.ArriveAsync(girl);
        Assert.Null(earlier.RecentReturn);

        WorkflowCluster.Clock.Advance(TimeSpan.FromDays(3));
        var again = await other.ArriveAsync(girl with { PointCode = other.PointCode, GivenNames = "Mariana ", Surnames = "Lopez" });

        Assert.Equal(earlier.PersonId, again.PersonId);
        Assert.Equal(earlier.CaseId, again.RecentReturn?.CaseId);
        Assert.Equal((first.PointCode, 3), (again.RecentReturn?.PointCode, again.RecentReturn?.Days));
        var registered = (await other.TrailOfCase(again.CaseId)).First(e => e.Action == "registered");
        Assert.Equal("curp", registered.Facts!["linkedBy"]);

        var timeline = await People(first).Timeline(earlier.PersonId, Scenario.Coordinator);
        Assert.Equal([earlier.CaseId, again.CaseId], timeline.Cases.Select(c => c.CaseId));
        Assert.Equal(new[] { first.PointCode, other.PointCode }, timeline.Cases.Select(c => c.PointCode));

        WorkflowCluster.Clock.Advance(TimeSpan.FromDays(Limits.RecentReturnDays + 1));
        var muchLater = await first.ArriveAsync(girl);
        Assert.Equal(earlier.PersonId, muchLater.PersonId);
        Assert.Null(muchLater.RecentReturn);
    }

    [Fact]
    public async Task The_desk_sees_earlier_returns_with_reasons_links_one_and_can_undo_it()
    {
        var tij = await new Scenario(cluster).WithPointAsync();
        var mxl = await new Scenario(cluster).WithPointAsync();
        var surname = "Velázquez" + UniqueSurname().ToLowerInvariant();
        var earlier = await tij.ArriveAsync(new RegisterArrival(tij.PointCode, "María Guadalupe", $"{surname} Hernández", Sex.Female,
            DateOfBirth: new DateOnly(1988, 7, 4)));
        var sister = await tij.ArriveAsync(new RegisterArrival(tij.PointCode, "Rosa Isela", $"{surname} Hernández", Sex.Female,
            DateOfBirth: new DateOnly(1990, 2, 11)));

        // Accents dropped, "Ma.", b/v and s/z swapped, surnames transposed, day and month swapped: the same woman.
        var arrival = new RegisterArrival(mxl.PointCode, "Ma. Guadalupe", $"Ernandes {surname.Replace('V', 'B').Replace('z', 's')}", Sex.Female,
            DateOfBirth: new DateOnly(1988, 4, 7));
        var matches = await People(mxl).Matches(arrival, mxl.Manager);

        var best = matches[0];
        Assert.Equal(earlier.CaseId, best.CaseId);
        Assert.True(best.Likely);
        Assert.Contains("dayMonthSwapped", best.Reasons);
        Assert.Equal((tij.PointCode, new DateOnly(1988, 7, 4)), (best.PointCode, best.DateOfBirth));
        Assert.DoesNotContain(matches, m => m.CaseId == sister.CaseId && m.Likely);

        var receipt = await mxl.ArriveAsync(arrival with { PersonId = best.PersonId, RejectedPersonIds = [sister.PersonId] });
        Assert.Equal(earlier.PersonId, receipt.PersonId);
        var trail = await mxl.TrailOfCase(receipt.CaseId);
        Assert.Equal("desk", trail.First(e => e.Action == "registered").Facts!["linkedBy"]);
        Assert.Equal(sister.PersonId, trail.Single(e => e.Action == "linkRejected").Facts!["person"]);
        var left = await People(mxl).Matches(arrival, mxl.Manager, exceptPersonId: receipt.PersonId);
        Assert.DoesNotContain(left, m => m.PersonId == earlier.PersonId);

        var unlinked = await mxl.Returnee(receipt.CaseId).UnlinkPerson(mxl.Manager);
        Assert.NotEqual(earlier.PersonId, unlinked.PersonId);
        Assert.Equal([earlier.CaseId], (await People(tij).Timeline(earlier.PersonId, Scenario.Coordinator)).Cases.Select(c => c.CaseId));
        var relinked = await mxl.Returnee(receipt.CaseId).LinkPerson(earlier.PersonId, mxl.Manager);
        Assert.Equal(earlier.PersonId, relinked.PersonId);
        var moves = (await mxl.TrailOfCase(receipt.CaseId)).Where(e => e.Action is "personLinked" or "personUnlinked").ToList();
        Assert.Equal([$"personUnlinked {earlier.PersonId} {unlinked.PersonId}", $"personLinked {unlinked.PersonId} {earlier.PersonId}"],
            moves.Select(e => $"{e.Action} {e.Facts!["from"]} {e.Facts["to"]}"));

        var notFound = await Assert.ThrowsAsync<ReceptionException>(() => mxl.Returnee(receipt.CaseId).LinkPerson(PersonIds.New(), mxl.Manager));
        Assert.Equal(ProblemCodes.PersonNotFound, notFound.Code);
        var notHers = await Assert.ThrowsAsync<ReceptionException>(() => mxl.Returnee(receipt.CaseId).LinkPerson(earlier.PersonId, tij.Manager));
        Assert.Equal(ErrorKind.Forbidden, notHers.Kind);
    }

    [Fact]
    public async Task A_correction_reaches_the_queue_the_search_and_the_timeline_and_keeps_old_and_new_values()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var surname = UniqueSurname();
        var receipt = await s.ArriveAsync(new RegisterArrival(s.PointCode, "Jose", $"{surname} Gomes", Sex.Male, EstimatedAge: 30));

        var refused = await Assert.ThrowsAsync<ReceptionException>(() => s.Returnee(receipt.CaseId).CorrectRegistration(
            new RegistrationCorrection("Showed his INE", DateOfBirth: new DateOnly(1991, 1, 1), Curp: JoseCurp), s.Manager));
        Assert.Equal(ProblemCodes.CurpDateOfBirthDisagrees, Assert.Single(refused.FieldErrors["curp"]).Code);
        // A correction answers to the registration's own rules (ArrivalRules), e.g. no one born over 120 years ago.
        var tooOld = await Assert.ThrowsAsync<ReceptionException>(() => s.Returnee(receipt.CaseId).CorrectRegistration(
            new RegistrationCorrection("Typo", DateOfBirth: new DateOnly(1850, 1, 1)), s.Manager));
        Assert.Equal(ProblemCodes.DateTooOld, Assert.Single(tooOld.FieldErrors["dateOfBirth"]).Code);
        var nothing = await Assert.ThrowsAsync<ReceptionException>(() => s.Returnee(receipt.CaseId).CorrectRegistration(
            new RegistrationCorrection("Same", GivenNames: "Jose"), s.Manager));
        Assert.Equal(ProblemCodes.NothingToCorrect, Assert.Single(nothing.FieldErrors["reason"]).Code);

        var corrected = await s.Returnee(receipt.CaseId).CorrectRegistration(
            new RegistrationCorrection("Showed his INE", GivenNames: "José Luis", Surnames: $"{surname} Gómez", DateOfBirth: new DateOnly(1994, 2, 3)),
            s.Manager);

        Assert.Equal(("José Luis", $"{surname} Gómez", new DateOnly(1994, 2, 3)), (corrected.GivenNames, corrected.Surnames, corrected.DateOfBirth));
        await Scenario.Eventually(async () => (await s.Point.GetDetail()).Queue.Any(q => q.CaseId == receipt.CaseId && q.GivenNames == "José Luis"),
            "the queue shows the corrected names");
        var found = await People(s).Search(new CaseSearch(Q: "jose luis " + surname), s.Manager);
        Assert.Equal(receipt.CaseId, Assert.Single(found.Items).CaseId);
        Assert.Equal(new DateOnly(1994, 2, 3), found.Items[0].DateOfBirth);
        var timeline = await People(s).Timeline(receipt.PersonId, s.Manager);
        Assert.Equal("José Luis", Assert.Single(timeline.Cases).GivenNames);

        var correction = (await s.TrailOfCase(receipt.CaseId)).Single(e => e.Action == "registrationCorrected");
        Assert.Equal(("Jose", "José Luis"), (correction.Facts!["givenNames.from"], correction.Facts["givenNames.to"]));
        Assert.Equal((null, "1994-02-03"), (correction.Facts.GetValueOrDefault("dateOfBirth.from"), correction.Facts["dateOfBirth.to"]));
        Assert.Equal("Showed his INE", correction.Facts["reason"]);

        // The original registration replayed is still the same intent.
        var replay = await s.Returnee(receipt.CaseId).Register(new RegisterArrival(s.PointCode, "Jose", $"{surname} Gomes", Sex.Male, EstimatedAge: 30), s.Manager);
        Assert.Equal(receipt.CaseId, replay.CaseId);
    }

    [Fact]
    public async Task A_person_without_a_known_identity_is_registered_found_by_case_id_and_identified_later()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var digits = await Assert.ThrowsAsync<ReceptionException>(() => s.ArriveAsync(new RegisterArrival(s.PointCode, "Desconocido 1", "N", Sex.Male, EstimatedAge: 40)));
        Assert.Equal(ProblemCodes.NameHasDigit, Assert.Single(digits.FieldErrors["givenNames"]).Code);
        var noDescription = await Assert.ThrowsAsync<ReceptionException>(() => s.ArriveAsync(
            new RegisterArrival(s.PointCode, "", "", Sex.Male, EstimatedAge: 40, Unidentified: true)));
        Assert.Contains("description", noDescription.FieldErrors.Keys);

        var receipt = await s.ArriveAsync(new RegisterArrival(s.PointCode, "", "", Sex.Male, EstimatedAge: 40, Unidentified: true,
            Description: "Herido en la pierna, chamarra azul"));
        var found = await People(s).Search(new CaseSearch(Q: receipt.CaseId.ToLowerInvariant(), Point: s.PointCode), s.Manager);
        var item = Assert.Single(found.Items);
        Assert.True(item.Unidentified);
        Assert.Equal("Herido en la pierna, chamarra azul", item.Description);

        var named = await s.Returnee(receipt.CaseId).CorrectRegistration(
            new RegistrationCorrection("Recovered and gave his name", GivenNames: "Pedro", Surnames: "O’Brien-Sánchez"), s.Manager);
        Assert.False(named.Unidentified);
        Assert.Equal("O’Brien-Sánchez", named.Surnames);
    }
}
