using System.Net;
using System.Text.Json;

namespace Reception.Tests.Api;

/// <summary>The reception flow through HTTP, watched on the point's and the program's live feeds.</summary>
[Collection(ApiCollection.Name)]
public sealed class WorkflowTests(ApiHostFixture api)
{
    private static readonly TimeSpan FeedWait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task The_whole_flow_from_notice_to_departure_is_visible_on_the_point_and_program_feeds()
    {
        const string program = "imss-salud";
        using var manager = await api.ClientAsync("manager-TIJ");
        using var provider = await api.ClientAsync($"provider-{program}");
        await using var pointFeed = await api.WatchAsync("manager-TIJ");
        await using var programFeed = await api.WatchAsync($"provider-{program}");
        var pointSnapshot = await pointFeed.InvokeAsync("SubscribePoint", "TIJ");
        var programSnapshot = await programFeed.InvokeAsync("SubscribeProgram", program);
        Assert.Equal("TIJ", pointSnapshot.Text("code"));
        Assert.True(pointSnapshot.TryGetProperty("queue", out _));
        Assert.Equal(program, programSnapshot.Text("id"));
        var arrivedBefore = pointSnapshot.Int("arrivedToday");
        var pendingBefore = programSnapshot.Int("pending");

        // notice
        var (noticeResponse, notice) = await manager.PostJsonAsync("/api/points/TIJ/notices",
            new { expectedAt = DateTimeOffset.UtcNow.AddHours(1), headcount = 40, minors = 3, transport = "bus", reference = "Autobús CBP 1187" });
        Assert.Equal(HttpStatusCode.Created, noticeResponse.StatusCode);
        var noticeId = notice.Text("id");
        await pointFeed.WaitForAsync("pointUpdated", m => m.Int("expectedNext6Hours") >= 40, FeedWait);

        // arrival
        var (arrivalResponse, receipt) = await manager.PostJsonAsync("/api/points/TIJ/arrivals",
            new { givenNames = "José Luis", surnames = "García Mendoza", sex = "male", estimatedAge = 41, noticeId, transport = "bus" });
        Assert.Equal(HttpStatusCode.Created, arrivalResponse.StatusCode);
        var caseId = receipt.Text("caseId");
        Assert.False(string.IsNullOrEmpty(receipt.Text("certificateNumber")));
        Assert.EndsWith($"/api/returnees/{caseId}", arrivalResponse.Headers.Location!.ToString());
        await pointFeed.WaitForAsync("pointUpdated", m => m.Int("arrivedToday") > arrivedBefore, FeedWait);

        // assessment (no consent to share with programs)
        var (assessed, view) = await manager.PutJsonAsync($"/api/returnees/{caseId}/assessment", Workflow.Assessment(consent: false));
        Assert.Equal(HttpStatusCode.OK, assessed.StatusCode);
        Assert.Equal("assessment", view.Text("stage"));
        await pointFeed.WaitForAsync("pointUpdated", m => m.GetProperty("today").Int("assessed") >= 1, FeedWait);

        // recommendations
        var (recommended, recommendations) = await manager.GetJsonAsync($"/api/returnees/{caseId}/recommendations");
        Assert.Equal(HttpStatusCode.OK, recommended.StatusCode);
        Assert.Contains(recommendations.EnumerateArray(), r => r.Text("programId") == program && r.Text("reason").Length > 0);

        // referral
        var (refused, problem) = await manager.PostJsonAsync($"/api/returnees/{caseId}/referrals", new { programId = program, note = "Control de presión arterial" });
        HttpJson.AssertProblem(refused, problem, 409);
        Assert.Equal("consentRequired", problem.Text("code"));
        var (referred, referral) = await manager.PostJsonAsync($"/api/returnees/{caseId}/referrals",
            new { programId = program, note = "Control de presión arterial", consentOverride = new { reason = "Presión muy alta; el médico debe verla hoy" } });
        Assert.Equal(HttpStatusCode.Created, referred.StatusCode);
        Assert.Equal("pending", referral.Text("status"));
        var referralId = referral.Text("referralId");
        await programFeed.WaitForAsync("programUpdated", m => m.Int("pending") > pendingBefore, FeedWait);
        await pointFeed.WaitForAsync("pointUpdated", m => m.Int("pendingReferrals") >= 1, FeedWait);
        var (queueResponse, queue) = await provider.GetJsonAsync($"/api/programs/{program}");
        Assert.Equal(HttpStatusCode.OK, queueResponse.StatusCode);
        Assert.Contains(queue.GetProperty("queue").EnumerateArray(), q => q.Text("referralId") == referralId && q.Text("caseId") == caseId);

        // the provider sees the case, without the assessment (no consent)
        var (providerRead, redacted) = await provider.GetJsonAsync($"/api/returnees/{caseId}");
        Assert.Equal(HttpStatusCode.OK, providerRead.StatusCode);
        Assert.Equal(JsonValueKind.Null, redacted.GetProperty("assessment").ValueKind);
        Assert.Equal(caseId, redacted.Text("caseId"));
        var (managerRead, full) = await manager.GetJsonAsync($"/api/returnees/{caseId}");
        Assert.Equal(HttpStatusCode.OK, managerRead.StatusCode);
        Assert.Equal(JsonValueKind.Object, full.GetProperty("assessment").ValueKind);

        // accept, complete
        var (accepted, acceptBody) = await provider.PostJsonAsync($"/api/programs/{program}/referrals/{referralId}/accept");
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("accepted", acceptBody.Text("status"));
        await programFeed.WaitForAsync("programUpdated", m => m.GetProperty("today").Int("accepted") >= 1, FeedWait);
        var (completed, completeBody) = await provider.PostJsonAsync($"/api/programs/{program}/referrals/{referralId}/complete", new { outcome = "Atendido; referido a su clínica en Morelia" });
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal("completed", completeBody.Text("status"));
        await programFeed.WaitForAsync("programUpdated", m => m.GetProperty("today").Int("completed") >= 1, FeedWait);
        await pointFeed.WaitForAsync("pointUpdated", m => m.GetProperty("today").Int("served") >= 1, FeedWait);

        // departure
        var (departed, departure) = await manager.PostJsonAsync($"/api/returnees/{caseId}/departure", new { destinationState = "Michoacán", destinationMunicipality = "Morelia", transport = "bus" });
        Assert.Equal(HttpStatusCode.OK, departed.StatusCode);
        Assert.Equal("departed", departure.Text("stage"));
        await pointFeed.WaitForAsync("pointUpdated", m => m.GetProperty("today").Int("departed") >= 1, FeedWait);

        var (_, finalCase) = await manager.GetJsonAsync($"/api/returnees/{caseId}");
        Assert.Equal("departed", finalCase.Text("stage"));
        Assert.Contains(finalCase.GetProperty("referrals").EnumerateArray(), r => r.Text("referralId") == referralId && r.Text("status") == "completed");
        var (_, audit) = await manager.GetJsonAsync($"/api/returnees/{caseId}/audit");
        Assert.Contains(audit.GetProperty("entries").EnumerateArray(), a => a.Text("userName") == $"provider-{program}");

        AssertIncreasing(pointFeed, pointSnapshot);
        AssertIncreasing(programFeed, programSnapshot);
    }

    [Fact]
    public async Task An_unaccompanied_minor_lands_at_the_top_of_the_child_protection_queue_and_raises_referralAssigned()
    {
        const string program = "dif-proteccion-ninez";
        using var manager = await api.ClientAsync("manager-NLD");
        using var provider = await api.ClientAsync($"provider-{program}");
        await using var feed = await api.WatchAsync($"provider-{program}");
        var snapshot = await feed.InvokeAsync("SubscribeProgram", program);

        // an adult referred first, so the minor has to jump the queue
        var (_, adult) = await manager.PostJsonAsync("/api/points/NLD/arrivals", Workflow.Adult());
        await manager.PutJsonAsync($"/api/returnees/{adult.Text("caseId")}/assessment", Workflow.Assessment(consent: true));
        await manager.PostJsonAsync($"/api/returnees/{adult.Text("caseId")}/referrals", new { programId = program, note = "Family separation" });

        var (arrived, receipt) = await manager.PostJsonAsync("/api/points/NLD/arrivals",
            new { givenNames = "Kevin", surnames = "Santiago López", sex = "male", dateOfBirth = DateOnly.FromDateTime(DateTime.UtcNow.AddYears(-15)).ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.Created, arrived.StatusCode);
        var caseId = receipt.Text("caseId");
        Assert.Contains(receipt.GetProperty("flags").EnumerateArray(), f => f.GetString() == "unaccompaniedMinor");

        var assigned = await feed.WaitForAsync("referralAssigned",
            m => m.GetProperty("referrals").EnumerateArray().Any(r => r.Text("caseId") == caseId), FeedWait);
        Assert.Equal(program, assigned.Body.Text("programId"));
        Assert.True(assigned.Sequence > snapshot.GetProperty("sequence").GetInt64());

        var (_, queue) = await provider.GetJsonAsync($"/api/programs/{program}");
        var first = queue.GetProperty("queue").EnumerateArray().First();
        Assert.Equal(caseId, first.Text("caseId"));
        Assert.Equal("urgent", first.Text("priority"));
    }

    private static void AssertIncreasing(FeedRecorder feed, JsonElement snapshot)
    {
        var sequences = feed.Messages.Select(m => m.Sequence).Prepend(snapshot.GetProperty("sequence").GetInt64()).ToArray();
        Assert.True(sequences.Length > 2, "the feed carried updates");
        for (var i = 1; i < sequences.Length; i++)
        {
            Assert.True(sequences[i] > sequences[i - 1], $"sequence {sequences[i]} follows {sequences[i - 1]}");
        }
    }
}
