using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CsvHelper;
using MiniExcelLibs;
using Reception.Contracts.Shared;

namespace Reception.Tests.Api;

/// <summary>
/// <c>/api/statistics/*</c> over HTTP: arrivals registered through the API at a point no other API test uses, then
/// the bulletin as JSON, CSV and XLSX (parsed back, same numbers), scope by role (403 worded in the caller's
/// language), small-count suppression in a manager's export and not in a coordinator's, and bad input refused.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class StatisticsApiTests(ApiHostFixture api)
{
    // No other API test registers at Nogales (Sonora); its only own program is comedor-kino.
    private const string Point = "NOG";
    private const string Program = "comedor-kino";

    // Registered once for the whole class (the host is shared): 3 women 18+, a man 18+ from Jalisco (referred to
    // comedor-kino), an unaccompanied boy of 15.
    private static Task<string>? _seeded;
    private static readonly Lock SeedLock = new();

    private static readonly TimeZoneInfo Hermosillo = TimeZoneInfo.FindSystemTimeZoneById("America/Hermosillo");

    // The point's local dates around now: the record dates arrivals by the point's local day.
    private static string Range
    {
        get
        {
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Hermosillo).DateTime);
            return $"from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}";
        }
    }

    private Task<string> SeedAsync()
    {
        lock (SeedLock)
        {
            return _seeded ??= RegisterAsync();
        }
    }

    private async Task<string> RegisterAsync()
    {
        using var manager = await api.ClientAsync($"manager-{Point}");
        for (var i = 0; i < 3; i++)
        {
            var (woman, _) = await manager.PostJsonAsync($"/api/points/{Point}/arrivals", Workflow.Adult("Rosa", $"Valdez {(char)('A' + i)}"));
            Assert.Equal(HttpStatusCode.Created, woman.StatusCode);
        }
        var (man, receipt) = await manager.PostJsonAsync($"/api/points/{Point}/arrivals",
            new { givenNames = "Pedro", surnames = "Ruiz Soto", sex = "male", estimatedAge = 40, originState = "Jalisco" });
        Assert.Equal(HttpStatusCode.Created, man.StatusCode);
        await manager.ConsentAsync(receipt.Text("caseId"));
        var (referred, _) = await manager.PostJsonAsync($"/api/returnees/{receipt.Text("caseId")}/referrals", new { programId = Program });
        Assert.Equal(HttpStatusCode.Created, referred.StatusCode);
        var (boy, boyReceipt) = await manager.PostJsonAsync($"/api/points/{Point}/arrivals",
            new { givenNames = "Luis", surnames = "Ruiz Soto", sex = "male", estimatedAge = 15 });
        Assert.Equal(HttpStatusCode.Created, boy.StatusCode);
        Assert.Contains(boyReceipt.GetProperty("flags").EnumerateArray(), f => f.GetString() == "unaccompaniedMinor");

        // The record is written as the commands complete; wait until the bulletin sees all five.
        using var coordinator = await api.ClientAsync("coordinator");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var (_, body) = await coordinator.GetJsonAsync($"/api/statistics/bulletin?{Range}&point={Point}");
            if (body.GetProperty("totals").Int("events") == 5 || DateTime.UtcNow > deadline)
            {
                Assert.Equal(5, body.GetProperty("totals").Int("events"));
                return receipt.Text("caseId");
            }
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task The_bulletin_has_the_points_cells_and_totals_equal_to_the_arrivals()
    {
        await SeedAsync();
        using var coordinator = await api.ClientAsync("coordinator");

        var (response, body) = await coordinator.GetJsonAsync($"/api/statistics/bulletin?{Range}&point={Point}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = body.GetProperty("rows").EnumerateArray().ToList();
        Assert.All(rows, r => Assert.Equal(Point, r.Text("point")));
        Assert.All(rows, r => Assert.Equal("Sonora", r.Text("state")));
        Assert.Equal(3, Cell(rows, "female", "18+", "notApplicable"));
        Assert.Equal(1, Cell(rows, "male", "18+", "notApplicable"));
        Assert.Equal(1, Cell(rows, "male", "12-17", "unaccompanied"));
        Assert.Equal(1, rows.Where(r => r.GetProperty("originState").ValueKind == JsonValueKind.String && r.Text("originState") == "Jalisco").Sum(r => r.Int("events")));
        Assert.Equal(5, rows.Sum(r => r.Int("events")));
        Assert.Equal(5, body.GetProperty("totals").Int("events"));

        var (flows, flowsBody) = await coordinator.GetJsonAsync($"/api/statistics/flows?{Range}&point={Point}&interval=month");
        Assert.Equal(HttpStatusCode.OK, flows.StatusCode);
        Assert.Equal(5, flowsBody.GetProperty("totals").Int("arrivals"));
        Assert.Equal(5, flowsBody.GetProperty("rows").EnumerateArray().Sum(r => r.Int("arrivals")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("en")]
    public async Task A_manager_asking_for_another_point_is_refused_in_their_language(string? language)
    {
        using var manager = await api.ClientAsync("manager-TIJ");
        if (language is not null)
        {
            manager.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        foreach (var figure in new[] { "bulletin", "flows", "needs", "profile", "care" })
        {
            var (response, body) = await manager.GetJsonAsync($"/api/statistics/{figure}?{Range}&point={Point}");

            HttpJson.AssertProblem(response, body, 403);
            Assert.Equal(ProblemCodes.NotManagerOfPoint, body.Text("code"));
        }
        var (own, _) = await manager.GetJsonAsync($"/api/statistics/bulletin?{Range}&point=TIJ");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task A_manager_without_a_point_gets_only_their_points()
    {
        await SeedAsync();
        using var manager = await api.ClientAsync($"manager-{Point}");

        var (response, body) = await manager.GetJsonAsync($"/api/statistics/bulletin?{Range}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(body.GetProperty("rows").EnumerateArray(), r => Assert.Equal(Point, r.Text("point")));
        Assert.Equal(5, body.GetProperty("totals").Int("events"));
    }

    [Fact]
    public async Task A_provider_gets_only_their_programs_referral_figures()
    {
        await SeedAsync();
        using var provider = await api.ClientAsync($"provider-{Program}");

        foreach (var figure in new[] { "bulletin", "flows", "profile" })
        {
            var (refused, problem) = await provider.GetJsonAsync($"/api/statistics/{figure}?{Range}&point={Point}");
            HttpJson.AssertProblem(refused, problem, 403);
        }

        var (needs, needsBody) = await provider.GetJsonAsync($"/api/statistics/needs?{Range}&point={Point}");
        var (care, careBody) = await provider.GetJsonAsync($"/api/statistics/care?{Range}");
        using var coordinator = await api.ClientAsync("coordinator");
        var (_, allCare) = await coordinator.GetJsonAsync($"/api/statistics/care?{Range}&point={Point}");

        Assert.Equal(HttpStatusCode.OK, needs.StatusCode);
        Assert.Equal(0, needsBody.GetProperty("unmetNeeds").GetArrayLength());
        var category = Assert.Single(needsBody.GetProperty("referrals").EnumerateArray());
        Assert.Equal("food", category.Text("category"));
        Assert.Equal(1, category.Int("referred"));
        Assert.Equal(HttpStatusCode.OK, care.StatusCode);
        Assert.All(careBody.GetProperty("referrals").EnumerateArray(), r => Assert.Equal(Program, r.Text("programId")));
        Assert.Equal(1, careBody.GetProperty("referrals").EnumerateArray().Sum(r => r.Int("count")));
        Assert.All(careBody.GetProperty("firstService").EnumerateArray(), w => Assert.Equal(0, w.Int("samples")));
        // the coordinator sees more at the same point: the boy's automatic child-protection referral
        Assert.Contains(allCare.GetProperty("referrals").EnumerateArray(), r => r.Text("programId") != Program);
    }

    [Fact]
    public async Task The_csv_and_xlsx_read_back_with_the_jsons_numbers_and_suppression_only_for_a_manager()
    {
        await SeedAsync();
        using var coordinator = await api.ClientAsync("coordinator");
        using var manager = await api.ClientAsync($"manager-{Point}");
        coordinator.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        manager.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var query = $"/api/statistics/bulletin?{Range}&point={Point}";
        var (_, json) = await coordinator.GetJsonAsync(query);
        var rows = json.GetProperty("rows").EnumerateArray().ToList();

        var coordinatorCsv = ParseCsv(await FileAsync(coordinator, query + "&format=csv", "text/csv", ".csv"));
        var coordinatorXlsx = ParseXlsx(await FileAsync(coordinator, query + "&format=xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"));
        var managerCsv = ParseCsv(await FileAsync(manager, query + "&format=csv", "text/csv", ".csv"));
        var managerXlsx = ParseXlsx(await FileAsync(manager, query + "&format=xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"));
        using var byAccept = new HttpRequestMessage(HttpMethod.Get, query);
        byAccept.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var accepted = await coordinator.SendAsync(byAccept);
        var acceptedCsv = ParseCsv(await accepted.Content.ReadAsByteArrayAsync());

        foreach (var (grid, suppressed) in new[] { (coordinatorCsv, false), (coordinatorXlsx, false), (managerCsv, true), (managerXlsx, true), (acceptedCsv, false) })
        {
            var header = grid.First(r => r[0] == "State");
            var point = grid.First(r => r.Count > 1 && r[1] == Point);
            Assert.Equal("Sonora", point[0]);
            string Read(string column) => point[header.IndexOf(column)];
            Assert.Equal(Cell(rows, "female", "18+", "notApplicable").ToString(CultureInfo.InvariantCulture), Read("Women 18 and over"));
            Assert.Equal(suppressed ? "<3" : Cell(rows, "male", "18+", "notApplicable").ToString(CultureInfo.InvariantCulture), Read("Men 18 and over"));
            Assert.Equal(suppressed ? "<3" : Cell(rows, "male", "12-17", "unaccompanied").ToString(CultureInfo.InvariantCulture), Read("Men 12 to 17 unaccompanied"));
            Assert.Equal("0", Read("Women 0 to 11 accompanied"));
            Assert.Equal(json.GetProperty("totals").Int("events").ToString(CultureInfo.InvariantCulture), point[^1]);
            Assert.Equal("5", grid.First(r => r[0] == "National total")[^1]);
            var note = grid.First(r => r[0] == "Note")[1];
            Assert.Equal(suppressed, note.Contains("<3", StringComparison.Ordinal));
            Assert.Contains(grid, r => r[0] == "Period" && r[1].Contains(json.Text("from"), StringComparison.Ordinal));
            Assert.Contains(grid, r => r[0] == "Generated");
            // by state of origin: Jalisco's man is a count of 1 (suppressed for the manager)
            var origin = grid.Skip(grid.FindIndex(r => r[0] == "State of origin")).First(r => r[0] == "Jalisco");
            Assert.Equal(suppressed ? "<3" : "1", origin[header.IndexOf("Men 18 and over")]);
        }
    }

    [Fact]
    public async Task A_spanish_csv_has_a_bom_and_spanish_headings()
    {
        await SeedAsync();
        using var coordinator = await api.ClientAsync("coordinator");

        var bytes = await FileAsync(coordinator, $"/api/statistics/bulletin?{Range}&point={Point}&format=csv", "text/csv", ".csv");

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var grid = ParseCsv(bytes);
        var header = grid.First(r => r[0] == "Entidad federativa");
        Assert.Equal("3", grid.First(r => r.Count > 1 && r[1] == Point)[header.IndexOf("Mujeres 18 años y más")]);
    }

    [Theory]
    [InlineData("/api/statistics/bulletin?from=2026-01-01&to=2026-01-31&format=pdf", "format", ProblemCodes.NotOneOf)]
    [InlineData("/api/statistics/flows?from=2026-01-01&to=2026-01-31&interval=hour", "interval", ProblemCodes.NotOneOf)]
    [InlineData("/api/statistics/flows?from=2026-01-01&to=2026-01-31&interval=3", "interval", ProblemCodes.NotOneOf)]
    [InlineData("/api/statistics/bulletin?from=2026-13-01&to=2026-01-31", "from", ProblemCodes.WrongType)]
    [InlineData("/api/statistics/needs?from=2026-01-01", "to", ProblemCodes.Required)]
    [InlineData("/api/statistics/profile?from=2025-01-01&to=2026-01-02", "to", ProblemCodes.RangeTooLong)]
    [InlineData("/api/statistics/care?from=2026-03-10&to=2026-03-09", "to", ProblemCodes.RangeReversed)]
    public async Task Bad_dates_intervals_and_formats_are_problem_details(string path, string field, string code)
    {
        foreach (var language in new[] { "es", "en" })
        {
            using var coordinator = await api.ClientAsync("coordinator");
            coordinator.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

            var (response, body) = await coordinator.GetJsonAsync(path);

            HttpJson.AssertProblem(response, body, 400);
            Assert.Equal(code, body.GetProperty("fields").GetProperty(field)[0].Text("code"));
        }
    }

    [Fact]
    public async Task An_unknown_point_is_not_found()
    {
        using var coordinator = await api.ClientAsync("coordinator");

        var (response, body) = await coordinator.GetJsonAsync("/api/statistics/bulletin?from=2026-01-01&to=2026-01-31&point=ZZZ");

        HttpJson.AssertProblem(response, body, 404);
    }

    private static int Cell(List<JsonElement> rows, string sex, string age, string accompaniment) =>
        rows.Where(r => r.Text("sex") == sex && r.Text("ageGroup") == age && r.Text("accompaniment") == accompaniment).Sum(r => r.Int("events"));

    private static async Task<byte[]> FileAsync(HttpClient client, string path, string mediaType, string extension)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(mediaType, response.Content.Headers.ContentType?.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith(extension, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static List<List<string>> ParseCsv(byte[] bytes)
    {
        using var reader = new StringReader(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'));
        using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
        var rows = new List<List<string>>();
        while (csv.Read())
        {
            rows.Add([.. csv.Record!]);
        }
        return rows.Select(r => r.Count == 0 ? [""] : r).ToList();
    }

    private static List<List<string>> ParseXlsx(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return MiniExcel.Query(stream, useHeaderRow: false)
            .Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Reverse().SkipWhile(v => v is null).Reverse()
                .Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").DefaultIfEmpty("").ToList())
            .ToList();
    }
}
