using System.Text.Json;
using Reception.Tests.Shared;

namespace Reception.Tests.Api;

/// <summary>
/// Every limited field is refused through the API exactly past the limit the grains use (Workflow/LimitTests), and
/// the OpenAPI document publishes that limit, where the dashboard reads it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class LimitTests(ApiHostFixture api)
{
    private const string Point = "PNG";
    private const string Program = "imss-salud";

    [Theory]
    [MemberData(nameof(LimitedFields.Names), MemberType = typeof(LimitedFields))]
    public async Task The_api_refuses_exactly_past_the_limit(string name)
    {
        var field = LimitedFields.Named(name);
        using var manager = await api.ClientAsync($"manager-{Point}");
        using var provider = await api.ClientAsync($"provider-{Program}");
        try
        {
            foreach (var (value, refused) in field.Probes())
            {
                var (response, body) = await SendAsync(field, value, manager, provider);
                if (refused)
                {
                    HttpJson.AssertProblem(response, body, 400);
                    Assert.True(body.GetProperty("errors").TryGetProperty(field.Field, out _), $"{field} = {Describe(value)}: {body}");
                }
                else
                {
                    Assert.True(response.IsSuccessStatusCode, $"{field} = {Describe(value)}: {(int)response.StatusCode} {body}");
                }
            }
        }
        finally
        {
            await manager.PutJsonAsync($"/api/points/{Point}/capacity", new { shelterBeds = 60, intakeDesks = 2, usualDailyArrivals = 40 });
        }
    }

    [Fact]
    public async Task The_openapi_document_publishes_every_limit()
    {
        var document = JsonDocument.Parse(await api.Anonymous.GetStringAsync("/openapi/v1.json")).RootElement;
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var requests = new Dictionary<string, string>
        {
            ["arrival"] = "ArrivalRequest", ["assessment"] = "AssessmentRequest", ["referral"] = "ReferralRequest",
            ["departure"] = "DepartureRequest", ["transfer"] = "TransferRequest", ["decline"] = "DeclineRequest",
            ["complete"] = "CompleteRequest", ["capacity"] = "CapacityRequest", ["notice"] = "NoticeRequest",
        };
        foreach (var field in LimitedFields.All)
        {
            var property = schemas.GetProperty(requests[field.Command]).GetProperty("properties").GetProperty(field.Field);
            var (keyword, limit) = field.Kind switch
            {
                LimitKind.Text => ("maxLength", field.Max),
                LimitKind.Number => ("maximum", field.Max),
                LimitKind.Items => ("maxItems", field.Max),
                _ => ("maxLength", field.Max),
            };
            var holder = field.Kind == LimitKind.ItemText ? property.GetProperty("items") : property;
            Assert.True(holder.TryGetProperty(keyword, out var published), $"{field}: no {keyword} in {holder}");
            Assert.Equal(limit, published.GetInt32());
            if (field.Kind == LimitKind.Number)
            {
                Assert.Equal(field.Min, property.GetProperty("minimum").GetInt32());
            }
        }
    }

    private static async Task<(HttpResponseMessage, JsonElement)> SendAsync(LimitedField field, object value, HttpClient manager, HttpClient provider)
    {
        switch (field.Command)
        {
            case "arrival":
                var arrival = With(Workflow.Adult(), field.Field, value);
                return await manager.PostJsonAsync($"/api/points/{Point}/arrivals", arrival);
            case "capacity":
                return await manager.PutJsonAsync($"/api/points/{Point}/capacity",
                    With(new { shelterBeds = 60, intakeDesks = 2, usualDailyArrivals = 40 }, field.Field, value));
            case "notice":
                return await manager.PostJsonAsync($"/api/points/{Point}/notices",
                    With(new { expectedAt = DateTimeOffset.UtcNow.AddHours(2), headcount = 10, minors = 0, transport = "bus", reference = "Bus 1" }, field.Field, value));
        }
        var (_, receipt) = await manager.PostJsonAsync($"/api/points/{Point}/arrivals", Workflow.Adult());
        var caseId = receipt.Text("caseId");
        await manager.ConsentAsync(caseId);
        switch (field.Command)
        {
            case "assessment":
                return await manager.PutJsonAsync($"/api/returnees/{caseId}/assessment", With(Workflow.Assessment(consent: true), field.Field, value));
            case "departure":
                return await manager.PostJsonAsync($"/api/returnees/{caseId}/departure", new { destinationState = "Jalisco", destinationMunicipality = value });
            case "transfer":
                return await manager.PostJsonAsync($"/api/returnees/{caseId}/transfer", With(new { institution = "DIF Coahuila" }, field.Field, value));
            case "referral":
                return await manager.PostJsonAsync($"/api/returnees/{caseId}/referrals", new { programId = Program, note = value });
        }
        var (_, referral) = await manager.PostJsonAsync($"/api/returnees/{caseId}/referrals", new { programId = Program });
        var path = $"/api/programs/{Program}/referrals/{referral.Text("referralId")}";
        if (field.Command == "decline")
        {
            return await provider.PostJsonAsync($"{path}/decline", new { reason = value });
        }
        await provider.PostJsonAsync($"{path}/accept");
        return await provider.PostJsonAsync($"{path}/complete", new { outcome = value });
    }

    private static Dictionary<string, object?> With(object body, string field, object value)
    {
        var fields = JsonSerializer.SerializeToElement(body, ApiHostFixture.Json).EnumerateObject()
            .ToDictionary(p => p.Name, p => (object?)p.Value.Clone());
        fields[field] = value;
        if (field == "estimatedAge")
        {
            fields.Remove("dateOfBirth");
        }
        return fields;
    }

    private static string Describe(object value) => value switch
    {
        string text => $"{text.Length} characters",
        string[] items => $"{items.Length} items of up to {items.Max(i => i.Length)} characters",
        _ => value.ToString() ?? "",
    };
}
