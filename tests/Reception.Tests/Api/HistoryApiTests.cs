using System.Net;
using Reception.Contracts.Shared;

namespace Reception.Tests.Api;

/// <summary>
/// <c>GET /api/points/{code}/days</c> and <c>/api/programs/{id}/days</c>: every day of the range, the point's readers
/// and the program's readers only, and bad dates and ranges refused field by field in the caller's language.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class HistoryApiTests(ApiHostFixture api)
{
    [Fact]
    public async Task A_range_answers_every_day_even_with_nothing_recorded()
    {
        using var coordinator = await api.ClientAsync("coordinator");

        var (response, body) = await coordinator.GetJsonAsync("/api/points/TIJ/days?from=2020-02-27&to=2020-03-01");
        var (programResponse, programBody) = await coordinator.GetJsonAsync("/api/programs/imss-salud/days?from=2020-01-01&to=2020-01-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["2020-02-27", "2020-02-28", "2020-02-29", "2020-03-01"], body.EnumerateArray().Select(d => d.Text("date")));
        var day = body[0];
        Assert.Equal(0, day.GetProperty("counts").Int("arrived"));
        Assert.Equal(0, day.Int("firstServiceSamples"));
        Assert.Equal(0, day.GetProperty("unmetNeeds").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, programResponse.StatusCode);
        Assert.Equal(0, Assert.Single(programBody.EnumerateArray()).GetProperty("counts").Int("received"));
    }

    [Theory]
    [InlineData("manager-TIJ", "/api/points/TIJ/days", true)]
    [InlineData("manager-OJI", "/api/points/TIJ/days", false)]
    [InlineData("provider-casa-migrante-tijuana", "/api/points/TIJ/days", false)]
    [InlineData("provider-imss-salud", "/api/programs/imss-salud/days", true)]
    [InlineData("manager-OJI", "/api/programs/imss-salud/days", true)]
    [InlineData("provider-casa-migrante-tijuana", "/api/programs/imss-salud/days", false)]
    public async Task The_days_are_for_whoever_may_read_the_point_or_the_programs_queue(string account, string path, bool allowed)
    {
        using var client = await api.ClientAsync(account);

        var (response, body) = await client.GetJsonAsync($"{path}?from=2026-01-01&to=2026-01-07");

        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(7, body.GetArrayLength());
        }
        else
        {
            HttpJson.AssertProblem(response, body, 403);
        }
    }

    [Theory]
    [InlineData("", "from", ProblemCodes.Required, "to", ProblemCodes.Required)]
    [InlineData("?from=2026-13-01&to=yesterday", "from", ProblemCodes.WrongType, "to", ProblemCodes.WrongType)]
    [InlineData("?from=2026-03-10&to=2026-03-09", "to", ProblemCodes.RangeReversed, null, null)]
    [InlineData("?from=2025-01-01&to=2026-01-02", "to", ProblemCodes.RangeTooLong, null, null)]
    public async Task Bad_dates_and_ranges_are_refused_by_field(string query, string field, string code, string? otherField, string? otherCode)
    {
        using var coordinator = await api.ClientAsync("coordinator");
        coordinator.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var (response, body) = await coordinator.GetJsonAsync($"/api/points/TIJ/days{query}");

        HttpJson.AssertProblem(response, body, 400);
        var fields = body.GetProperty("fields");
        Assert.Equal(code, fields.GetProperty(field)[0].Text("code"));
        if (otherField is not null)
        {
            Assert.Equal(otherCode, fields.GetProperty(otherField)[0].Text("code"));
        }
        Assert.DoesNotContain("rangeReversed", body.Text("detail"));
        Assert.DoesNotContain("rangeTooLong", body.Text("detail"));
    }

    [Fact]
    public async Task A_range_a_year_long_is_accepted_and_one_day_more_is_not()
    {
        using var coordinator = await api.ClientAsync("coordinator");

        var (leap, leapBody) = await coordinator.GetJsonAsync("/api/points/TIJ/days?from=2024-01-01&to=2024-12-31");
        var (longer, longerBody) = await coordinator.GetJsonAsync("/api/points/TIJ/days?from=2024-01-01&to=2025-01-01");

        Assert.Equal(HttpStatusCode.OK, leap.StatusCode);
        Assert.Equal(Limits.MaxHistoryDays, leapBody.GetArrayLength());
        HttpJson.AssertProblem(longer, longerBody, 400);
        Assert.Contains("367", longerBody.Text("detail"));
    }

    [Fact]
    public async Task An_unknown_point_or_program_is_not_found()
    {
        using var coordinator = await api.ClientAsync("coordinator");

        var (point, pointBody) = await coordinator.GetJsonAsync("/api/points/ZZZ/days?from=2026-01-01&to=2026-01-01");
        var (program, programBody) = await coordinator.GetJsonAsync("/api/programs/no-such-program/days?from=2026-01-01&to=2026-01-01");

        HttpJson.AssertProblem(point, pointBody, 404);
        HttpJson.AssertProblem(program, programBody, 404);
    }
}
