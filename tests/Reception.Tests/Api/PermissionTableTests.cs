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

    private static readonly string[] Accounts = ["coordinator", "manager-REX", "manager-OJI", "provider-imss-salud", "provider-casa-migrante-tijuana"];

    // yes: allowed; no: 403; own: allowed, showing only the manager's own points; redacted: allowed, redacted.
    private static readonly string[] Table =
    [
        // operation             coordinator  manager-REX  manager-OJI  provider-imss  provider-other
        "register                | no       | yes        | no         | no           | no",
        "assess                  | no       | yes        | no         | no           | no",
        "refer                   | no       | yes        | no         | no           | no",
        "depart                  | no       | yes        | no         | no           | no",
        "transfer                | no       | yes        | no         | no           | no",
        "capacity                | no       | yes        | no         | no           | no",
        "notice                  | no       | yes        | no         | no           | no",
        "accept                  | no       | no         | no         | yes          | no",
        "decline                 | no       | no         | no         | yes          | no",
        "complete                | no       | no         | no         | yes          | no",
        "readPoint               | yes      | yes        | no         | no           | no",
        "readProgram             | yes      | own        | own        | yes          | no",
        "readCase                | yes      | yes        | no         | redacted     | no",
        "readAudit               | yes      | yes        | no         | no           | no",
        "recommendations         | yes      | yes        | no         | no           | no",
        "readNational            | yes      | no         | no         | no           | no",
        "subscribePoint          | yes      | yes        | no         | no           | no",
        "subscribeProgram        | yes      | own        | own        | yes          | no",
        "subscribeNational       | yes      | no         | no         | no           | no",
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
        var (caseId, referralId) = await CaseWithReferralAsync(accept: operation == "complete");
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
        var (_, referral) = await manager.PostJsonAsync($"/api/returnees/{caseId}/referrals", new { programId = Program });
        var referralId = referral.Text("referralId");
        if (accept)
        {
            using var provider = await api.ClientAsync($"provider-{Program}");
            await provider.PostJsonAsync($"/api/programs/{Program}/referrals/{referralId}/accept");
        }
        return (caseId, referralId);
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
            "depart" => await client.PostJsonAsync($"/api/returnees/{caseId}/departure", new { destinationState = "Jalisco" }),
            "transfer" => await client.PostJsonAsync($"/api/returnees/{caseId}/transfer", new { institution = "DIF Tamaulipas" }),
            "capacity" => await client.PutJsonAsync($"/api/points/{Point}/capacity", new { shelterBeds = 150, intakeDesks = 4, usualDailyArrivals = 100 }),
            "notice" => await client.PostJsonAsync($"/api/points/{Point}/notices",
                new { expectedAt = DateTimeOffset.UtcNow.AddDays(2), headcount = 5, minors = 0, transport = "bus" }),
            "accept" => await client.PostJsonAsync($"{referral}/accept"),
            "decline" => await client.PostJsonAsync($"{referral}/decline", new { reason = "No capacity today" }),
            "complete" => await client.PostJsonAsync($"{referral}/complete", new { outcome = "Seen by a doctor" }),
            "readPoint" => await client.GetJsonAsync($"/api/points/{Point}"),
            "readProgram" => await client.GetJsonAsync($"/api/programs/{Program}"),
            "readCase" => await client.GetJsonAsync($"/api/returnees/{caseId}"),
            "readAudit" => await client.GetJsonAsync($"/api/returnees/{caseId}/audit"),
            "recommendations" => await client.GetJsonAsync($"/api/returnees/{caseId}/recommendations"),
            "readNational" => await client.GetJsonAsync("/api/national"),
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
