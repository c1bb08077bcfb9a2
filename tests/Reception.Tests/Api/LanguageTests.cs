using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Reception.Contracts.Shared;

namespace Reception.Tests.Api;

/// <summary>Refusals are worded in Spanish by default and in English on request, on REST and on the hub; they name what is accepted.</summary>
[Collection(ApiCollection.Name)]
public sealed class LanguageTests(ApiHostFixture api)
{
    private static readonly object BadArrival = new { givenNames = "Ana_", surnames = "", sex = "female", estimatedAge = 130 };

    [Theory]
    [InlineData(null, "Revise los datos: Nombres: «Ana_» solo puede contener letras")]
    [InlineData("es-MX", "Revise los datos: Nombres: «Ana_» solo puede contener letras")]
    [InlineData("en", "Check the data: Given names: 'Ana_' may contain only letters")]
    [InlineData("en-US,en;q=0.9", "Check the data: Given names: 'Ana_' may contain only letters")]
    [InlineData("fr", "Revise los datos: Nombres: «Ana_» solo puede contener letras")]
    public async Task A_refusal_is_worded_in_the_language_asked_for(string? language, string start)
    {
        using var manager = await api.ClientAsync("manager-TIJ");
        if (language is not null)
        {
            manager.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }
        var (response, body) = await manager.PostJsonAsync("/api/points/TIJ/arrivals", BadArrival);
        HttpJson.AssertProblem(response, body, 400);
        Assert.StartsWith(start, body.Text("detail"));
        Assert.Equal(ProblemCodes.Validation, body.Text("code"));
        Assert.Equal(["givenNames", "surnames", "estimatedAge"], body.GetProperty("fields").EnumerateObject().Select(f => f.Name));
        Assert.Equal(ProblemCodes.OutOfRange, body.GetProperty("fields").GetProperty("estimatedAge")[0].Text("code"));
        Assert.Equal("120", body.GetProperty("fields").GetProperty("estimatedAge")[0].GetProperty("parameters").Text("max"));
    }

    [Theory]
    [InlineData("transport", "\"car\"", "bus, foot, flight, other")]
    [InlineData("sex", "\"x\"", "female, male, unspecified")]
    [InlineData("vulnerabilities", "[\"pregnancy\", \"flu\"]", "unaccompaniedMinor")]
    public async Task A_value_outside_an_enum_names_the_field_and_the_accepted_values(string field, string json, string accepted)
    {
        using var manager = await api.ClientAsync("manager-TIJ");
        manager.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var body = $$"""{"givenNames":"Ana","surnames":"Ruiz","sex":"female","{{field}}":{{json}}}""";
        if (field == "sex")
        {
            body = $$"""{"givenNames":"Ana","surnames":"Ruiz","sex":{{json}}}""";
        }
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await manager.PostAsync("/api/points/TIJ/arrivals", content);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        HttpJson.AssertProblem(response, problem, 400);
        var message = Assert.Single(problem.GetProperty("errors").GetProperty(field).EnumerateArray()).GetString()!;
        Assert.StartsWith("Must be one of: ", message);
        Assert.Contains(accepted, message);
        Assert.DoesNotContain("System.", problem.ToString());
        Assert.DoesNotContain("Reception.", problem.ToString());
    }

    [Fact]
    public async Task A_number_where_text_belongs_names_what_the_field_takes()
    {
        using var manager = await api.ClientAsync("manager-TIJ");
        using var content = new StringContent("""{"givenNames":"Ana","surnames":"Ruiz","sex":"female","estimatedAge":"old"}""", Encoding.UTF8, "application/json");
        var response = await manager.PostAsync("/api/points/TIJ/arrivals", content);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        HttpJson.AssertProblem(response, problem, 400);
        Assert.Equal("Debe ser un número entero.", problem.GetProperty("errors").GetProperty("estimatedAge")[0].GetString());
    }

    [Theory]
    [InlineData(null, "Usted administra TIJ, no MXL.")]
    [InlineData("en", "You manage TIJ, not MXL.")]
    public async Task A_hub_refusal_is_worded_in_the_connection_language(string? language, string message)
    {
        var token = await api.TokenAsync("manager-TIJ");
        await using var hub = new HubConnectionBuilder()
            .WithUrl($"{api.Ports.BaseUrl}/hubs/operations", options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                if (language is not null)
                {
                    options.Headers["Accept-Language"] = language;
                }
            })
            .Build();
        await hub.StartAsync();
        var refusal = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<JsonElement>("SubscribePoint", "MXL"));
        Assert.EndsWith($"forbidden: {ProblemCodes.NotManagerOfPoint}: {message}", refusal.Message);
    }

    [Fact]
    public async Task An_unauthenticated_request_is_told_to_sign_in_in_english_on_request()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/points");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var response = await api.Anonymous.SendAsync(request);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        HttpJson.AssertProblem(response, problem, 401);
        Assert.Equal(ProblemCodes.Unauthenticated, problem.Text("code"));
        Assert.StartsWith("Sign in", problem.Text("detail"));
    }
}
