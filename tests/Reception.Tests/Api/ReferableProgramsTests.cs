using System.Net;
using System.Text.Json;

namespace Reception.Tests.Api;

/// <summary>
/// Issue #18: the case lists the programs it may be referred to now, and that list is exactly what the referral
/// command accepts: every program of the demo catalog is tried, before and after an assessment names a destination.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ReferableProgramsTests(ApiHostFixture api)
{
    // Mexicali: some programs serve it, others only other points or only destination states.
    private const string Point = "MXL";
    private const string Destination = "Michoacán";

    [Fact]
    public async Task Before_an_assessment_the_case_lists_exactly_the_programs_serving_its_point()
    {
        using var manager = await api.ClientAsync($"manager-{Point}");
        var caseId = await RegisterAsync(manager, "Sin Valoración");

        var referable = await ReferableAsync(manager, caseId);
        Assert.All(referable.Values, servesAt => Assert.Equal("point", servesAt));
        Assert.Contains("albergue-del-desierto", referable.Keys);
        Assert.DoesNotContain("casa-migrante-tijuana", referable.Keys);

        await AssertReferralsAcceptExactlyAsync(manager, caseId, referable.Keys, "programNotServingPoint");
    }

    [Fact]
    public async Task After_an_assessment_the_case_also_lists_the_programs_of_the_destination_state()
    {
        using var manager = await api.ClientAsync($"manager-{Point}");
        var caseId = await RegisterAsync(manager, "Con Destino");
        var before = await ReferableAsync(manager, caseId);
        var (assessed, assessedBody) = await manager.PutJsonAsync($"/api/returnees/{caseId}/assessment", Workflow.Assessment(consent: true));
        Assert.True(assessed.IsSuccessStatusCode, assessedBody.ToString());

        var referable = await ReferableAsync(manager, caseId);
        Assert.DoesNotContain("fondo-apoyo-migrantes", before.Keys);
        Assert.Equal("destination", referable["fondo-apoyo-migrantes"]);
        Assert.Equal("destination", referable["conocer-certificacion"]);
        Assert.Equal("point", referable["albergue-del-desierto"]);
        Assert.DoesNotContain("casa-migrante-tijuana", referable.Keys);

        await AssertReferralsAcceptExactlyAsync(manager, caseId, referable.Keys, "programNotServingPointOrState");
    }

    [Fact]
    public async Task A_program_actively_referred_leaves_the_list_and_a_closed_case_lists_none()
    {
        using var manager = await api.ClientAsync($"manager-{Point}");
        var caseId = await RegisterAsync(manager, "Ya Referida");
        var (referred, referredBody) = await manager.PostJsonAsync($"/api/returnees/{caseId}/referrals",
            new { programId = "imss-salud", consentOverride = new { reason = "Atención médica solicitada por la persona" } });
        Assert.True(referred.IsSuccessStatusCode, referredBody.ToString());
        Assert.DoesNotContain("imss-salud", (await ReferableAsync(manager, caseId)).Keys);

        var (departed, departedBody) = await manager.PostJsonAsync($"/api/returnees/{caseId}/departure", new { destinationState = Destination, transport = "bus" });
        Assert.True(departed.IsSuccessStatusCode, departedBody.ToString());
        var (_, view) = await manager.GetJsonAsync($"/api/returnees/{caseId}");
        Assert.Equal(JsonValueKind.Null, view.GetProperty("referablePrograms").ValueKind);
    }

    /// <summary>Each catalog program is referred once: those listed are accepted, every other one refused as not serving the case.</summary>
    private static async Task AssertReferralsAcceptExactlyAsync(HttpClient manager, string caseId, IEnumerable<string> listed, string refusal)
    {
        var accepted = listed.ToHashSet(StringComparer.Ordinal);
        var (_, catalog) = await manager.GetJsonAsync("/api/programs");
        var programs = catalog.EnumerateArray().Select(p => p.Text("id")).ToList();
        Assert.True(programs.Count > accepted.Count, "the catalog must hold programs outside the list for the test to mean anything");
        foreach (var program in programs)
        {
            var (response, body) = await manager.PostJsonAsync($"/api/returnees/{caseId}/referrals",
                new { programId = program, consentOverride = new { reason = "La persona lo pidió en la entrevista" } });
            if (accepted.Contains(program))
            {
                Assert.True(response.StatusCode == HttpStatusCode.Created, $"{program}: {body}");
            }
            else
            {
                HttpJson.AssertProblem(response, body, 400);
                Assert.Equal(refusal, body.GetProperty("fields").GetProperty("programId")[0].Text("code"));
            }
        }
    }

    /// <summary>The case's referable programs: id → where it serves the case.</summary>
    private static async Task<Dictionary<string, string>> ReferableAsync(HttpClient manager, string caseId)
    {
        var (response, view) = await manager.GetJsonAsync($"/api/returnees/{caseId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return view.GetProperty("referablePrograms").EnumerateArray()
            .ToDictionary(p => p.Text("id"), p => p.Text("servesAt"), StringComparer.Ordinal);
    }

    private static async Task<string> RegisterAsync(HttpClient manager, string surnames)
    {
        var (response, receipt) = await manager.PostJsonAsync($"/api/points/{Point}/arrivals", Workflow.Adult("Referible", surnames));
        Assert.True(response.StatusCode == HttpStatusCode.Created, receipt.ToString());
        return receipt.Text("caseId");
    }
}
