using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Reception.Tests.Api;

/// <summary>
/// The permission table of docs/workflow.md, cell by cell, on REST and on the hub: each row an operation, each
/// column an account, against a case at REX referred to imss-salud.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PermissionTableTests(ApiHostFixture api)
{
    private const string Point = "REX";
    private const string Program = "imss-salud";

    private const string ChildProtection = "dif-proteccion-ninez";

    private static readonly string[] Accounts = ["coordinator", "manager-REX", "manager-OJI", "provider-imss-salud", "provider-casa-migrante-tijuana", $"provider-{ChildProtection}", "administrator"];

    // yes: allowed; no: 403; own: allowed, showing only the manager's own points; redacted: allowed, redacted.
    private static readonly string[] Table =
    [
        // operation             coordinator  manager-REX  manager-OJI  provider-imss  provider-other  provider-dif  administrator
        "register                | no       | yes        | no         | no           | no           | no           | no",
        "assess                  | no       | yes        | no         | no           | no           | no           | no",
        "refer                   | no       | yes        | no         | no           | no           | no           | no",
        "consent                 | no       | yes        | no         | no           | no           | no           | no",
        "depart                  | no       | yes        | no         | no           | no           | no           | no",
        "transfer                | no       | yes        | no         | no           | no           | no           | no",
        "capacity                | no       | yes        | no         | no           | no           | no           | no",
        "notice                  | no       | yes        | no         | no           | no           | no           | no",
        "accept                  | no       | no         | no         | yes          | no           | no           | no",
        "decline                 | no       | no         | no         | yes          | no           | no           | no",
        "complete                | no       | no         | no         | yes          | no           | no           | no",
        "readPoint               | yes      | yes        | no         | no           | no           | no           | no",
        "readProgram             | yes      | own        | own        | yes          | no           | no           | no",
        "readCase                | yes      | yes        | no         | redacted     | no           | no           | no",
        "readAudit               | yes      | yes        | no         | no           | no           | no           | no",
        "recommendations         | yes      | yes        | no         | no           | no           | no           | no",
        "readNational            | yes      | no         | no         | no           | no           | no           | no",
        "subscribePoint          | yes      | yes        | no         | no           | no           | no           | no",
        "subscribeProgram        | yes      | own        | own        | yes          | no           | no           | no",
        "subscribeNational       | yes      | no         | no         | no           | no           | no           | no",
        // Issue #14, on an unaccompanied minor at REX referred automatically to dif-proteccion-ninez.
        "custodyReceive          | no       | yes        | no         | no           | no           | no           | no",
        "custodyHand             | no       | yes        | no         | no           | no           | no           | no",
        "custodyConfirm          | no       | no         | no         | no           | no           | yes          | no",
        "custodyReunify          | no       | no         | no         | no           | no           | yes          | no",
        "custodyCorrect          | no       | yes        | no         | no           | no           | yes          | no",
        "separate                | no       | yes        | no         | no           | no           | no           | no",
        "readCustody             | yes      | yes        | no         | no           | no           | redacted     | no",
        // Issue #16: the catalog (a POST of the same definition again is a replay, so each cell may create it).
        "definePoint             | no       | no         | no         | no           | no           | no           | yes",
        "defineProgram           | no       | no         | no         | no           | no           | no           | yes",
        "readCatalogEvents       | no       | no         | no         | no           | no           | no           | yes",
        // Issue #16: a person's rights, retention and the constancia.
        "exportPerson            | yes      | no         | no         | no           | no           | no           | no",
        "retentionPreview        | yes      | no         | no         | no           | no           | no           | no",
        "constancia              | yes      | yes        | no         | no           | no           | no           | no",
    ];

    public static TheoryData<string, string, string> Cells()
    {
        var cells = new TheoryData<string, string, string>();
        foreach (var row in Table)
        {
            var parts = row.Split('|', StringSplitOptions.TrimEntries);
            for (var column = 0; column < Accounts.Length; column++)
            {
                cells.Add(parts[0], Accounts[column], parts[column + 1]);
            }
        }
        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Each_cell_of_the_permission_table_holds(string operation, string account, string expected)
    {
        var (caseId, referralId) = operation.StartsWith("custody", StringComparison.Ordinal) || operation is "separate" or "readCustody"
            ? (await ChildAsync(operation), "")
            : await CaseWithReferralAsync(accept: operation == "complete");
        var outcome = operation.StartsWith("subscribe", StringComparison.Ordinal)
            ? await SubscribeAsync(operation, account)
            : await CallAsync(operation, account, caseId, referralId);

        if (expected == "no")
        {
            Assert.True(outcome.Refused, $"{operation} by {account} should be refused: {outcome.Body}");
            return;
        }
        Assert.False(outcome.Refused, $"{operation} by {account} should be allowed: {outcome.Body}");
        if (expected == "redacted")
        {
            Assert.True(outcome.Body.GetProperty("redacted").GetBoolean());
        }
        if (operation == "readCustody")
        {
            Assert.Equal(JsonValueKind.Object, outcome.Body.GetProperty("custody").ValueKind);
        }
        if (expected == "own")
        {
            var points = outcome.Body.GetProperty("queue").EnumerateArray().Select(i => i.GetProperty("pointCode").GetString()).ToList();
            var own = account["manager-".Length..];
            Assert.All(points, p => Assert.Equal(own, p));
            Assert.Equal(own == Point, points.Count > 0);
        }
    }

    private sealed record Outcome(bool Refused, JsonElement Body);

    private async Task<(string CaseId, string ReferralId)> CaseWithReferralAsync(bool accept)
    {
        using var manager = await api.ClientAsync($"manager-{Point}");
        var (_, receipt) = await manager.PostJsonAsync($"/api/points/{Point}/arrivals", Workflow.Adult());
        var caseId = receipt.Text("caseId");
        await manager.ConsentAsync(caseId);
        var (_, referral) = await manager.PostJsonAsync($"/api/returnees/{caseId}/referrals", new { programId = Program });
        var referralId = referral.Text("referralId");
        if (accept)
        {
            using var provider = await api.ClientAsync($"provider-{Program}");
            await provider.PostJsonAsync($"/api/programs/{Program}/referrals/{referralId}/accept");
        }
        return (caseId, referralId);
    }

    /// <summary>An unaccompanied minor at the point, with the chain as far as the operation needs (separate: an accompanied one).</summary>
    private async Task<string> ChildAsync(string operation)
    {
        using var manager = await api.ClientAsync($"manager-{Point}");
        if (operation == "separate")
        {
            var (_, parent) = await manager.PostJsonAsync($"/api/points/{Point}/arrivals", Workflow.Adult());
            var (_, accompanied) = await manager.PostJsonAsync($"/api/points/{Point}/arrivals", CustodyApiTests.Minor(age: 8, parent.Text("caseId"), "mother"));
            return accompanied.Text("caseId");
        }
        var (_, receipt) = await manager.PostJsonAsync($"/api/points/{Point}/arrivals", CustodyApiTests.Minor());
        var caseId = receipt.Text("caseId");
        string[] steps = operation switch
        {
            "custodyHand" => ["receivedFromForeignAuthority"],
            "custodyConfirm" or "custodyCorrect" or "custodyReunify" => ["receivedFromForeignAuthority", "handedToChildProtection"],
            _ => [],
        };
        foreach (var step in steps)
        {
            var (response, body) = await manager.PostJsonAsync($"/api/returnees/{caseId}/custody", CustodyApiTests.Step(step));
            Assert.True(response.IsSuccessStatusCode, body.ToString());
        }
        return caseId;
    }

    private async Task<Outcome> CallAsync(string operation, string account, string caseId, string referralId)
    {
        using var client = await api.ClientAsync(account);
        var referral = $"/api/programs/{Program}/referrals/{referralId}";
        var (response, body) = operation switch
        {
            "register" => await client.PostJsonAsync($"/api/points/{Point}/arrivals", Workflow.Adult()),
            "assess" => await client.PutJsonAsync($"/api/returnees/{caseId}/assessment", Workflow.Assessment(consent: true)),
            "refer" => await client.PostJsonAsync($"/api/returnees/{caseId}/referrals", new { programId = "registro-civil-actas" }),
            "consent" => await client.PutJsonAsync($"/api/returnees/{caseId}/consent/followUpContact", new { given = true }),
            "depart" => await client.PostJsonAsync($"/api/returnees/{caseId}/departure", new { destinationState = "Jalisco" }),
            "transfer" => await client.PostJsonAsync($"/api/returnees/{caseId}/transfer", new { institution = "DIF Tamaulipas" }),
            "capacity" => await client.PutJsonAsync($"/api/points/{Point}/capacity", new { shelterBeds = 150, intakeDesks = 4, usualDailyArrivals = 100 }),
            "notice" => await client.PostJsonAsync($"/api/points/{Point}/notices",
                new { expectedAt = DateTimeOffset.UtcNow.AddDays(2), headcount = 5, minors = 0, transport = "bus" }),
            "accept" => await client.PostJsonAsync($"{referral}/accept"),
            "decline" => await client.PostJsonAsync($"{referral}/decline", new { reason = "No capacity today" }),
            "complete" => await client.PostJsonAsync($"{referral}/complete", new { outcome = "Seen by a doctor" }),
            "readPoint" => await client.GetJsonAsync($"/api/points/{Point}"),
            "definePoint" => await client.PostJsonAsync("/api/admin/points", new
            {
                code = "PTAB", name = "Punto de la tabla", city = "Naco", state = "Sonora", kind = "landCrossing", timeZone = "America/Hermosillo",
                capacity = new { shelterBeds = 10, intakeDesks = 1 },
            }),
            "defineProgram" => await client.PostJsonAsync("/api/admin/programs", new
            {
                id = "programa-de-la-tabla", name = "Programa de la tabla", category = "entrepreneurship", provider = "Prueba", destinationStates = new[] { "Zacatecas" }, dailyCapacity = 5,
            }),
            "readCatalogEvents" => await client.GetJsonAsync("/api/admin/catalog/events?limit=1"),
            "readProgram" => await client.GetJsonAsync($"/api/programs/{Program}"),
            "readCase" => await client.GetJsonAsync($"/api/returnees/{caseId}"),
            "readAudit" => await client.GetJsonAsync($"/api/returnees/{caseId}/audit"),
            "recommendations" => await client.GetJsonAsync($"/api/returnees/{caseId}/recommendations"),
            "readNational" => await client.GetJsonAsync("/api/national"),
            "custodyReceive" => await client.PostJsonAsync($"/api/returnees/{caseId}/custody", CustodyApiTests.Step("receivedFromForeignAuthority")),
            "custodyHand" => await client.PostJsonAsync($"/api/returnees/{caseId}/custody", CustodyApiTests.Step("handedToChildProtection")),
            "custodyConfirm" => await client.PostJsonAsync($"/api/returnees/{caseId}/custody", CustodyApiTests.Step("handoverConfirmed")),
            "custodyReunify" => await client.PostJsonAsync($"/api/returnees/{caseId}/custody",
                CustodyApiTests.Step("reunified", relativeName: "María Hernández", relationship: "mother", identityDocument: "INE 123")),
            "custodyCorrect" => await client.PostJsonAsync($"/api/returnees/{caseId}/custody",
                new { step = "correction", note = "The handover was at 10:40, not 10:30." }),
            "separate" => await client.PostJsonAsync($"/api/returnees/{caseId}/separation", new { reason = "Mother still detained" }),
            "readCustody" => await client.GetJsonAsync($"/api/returnees/{caseId}"),
            "exportPerson" => await client.GetJsonAsync($"/api/people/P{caseId}/export"),
            "retentionPreview" => await client.GetJsonAsync("/api/admin/retention/preview"),
            "constancia" => await client.GetJsonAsync($"/api/returnees/{caseId}/constancia"),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
        };
        if (response.StatusCode == HttpStatusCode.Forbidden)
        {
            HttpJson.AssertProblem(response, body, 403);
            return new Outcome(true, body);
        }
        Assert.True(response.IsSuccessStatusCode, $"{operation} by {account}: {(int)response.StatusCode} {body}");
        return new Outcome(false, body);
    }

    private async Task<Outcome> SubscribeAsync(string operation, string account)
    {
        await using var hub = api.Hub(account);
        await hub.StartAsync();
        try
        {
            var snapshot = operation switch
            {
                "subscribePoint" => await hub.InvokeAsync<JsonElement>("SubscribePoint", Point),
                "subscribeProgram" => await hub.InvokeAsync<JsonElement>("SubscribeProgram", Program),
                _ => await hub.InvokeAsync<JsonElement>("SubscribeNational"),
            };
            return new Outcome(false, snapshot);
        }
        catch (HubException refused)
        {
            Assert.StartsWith("forbidden:", refused.Message.Split("HubException: ").Last());
            return new Outcome(true, default);
        }
    }
}
