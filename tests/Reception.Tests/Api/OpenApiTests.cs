using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Api;

/// <summary>The OpenAPI document lists every route of the contract, and the dashboard builds on the current one.</summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiTests(ApiHostFixture api)
{
    [Fact]
    public async Task The_openapi_document_lists_every_route()
    {
        var document = JsonDocument.Parse(await api.Anonymous.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = document.GetProperty("paths");
        var expected = new (string Path, string Method)[]
        {
            ("/api/auth/token", "post"),
            ("/api/points", "get"),
            ("/api/points/{code}", "get"),
            ("/api/points/{code}/days", "get"),
            ("/api/points/{code}/capacity", "put"),
            ("/api/points/{code}/notices", "post"),
            ("/api/points/{code}/arrivals", "post"),
            ("/api/returnees/{caseId}", "get"),
            ("/api/returnees/{caseId}/assessment", "put"),
            ("/api/returnees/{caseId}/recommendations", "get"),
            ("/api/returnees/{caseId}/referrals", "post"),
            ("/api/returnees/{caseId}/departure", "post"),
            ("/api/programs", "get"),
            ("/api/programs/{id}", "get"),
            ("/api/programs/{id}/days", "get"),
            ("/api/programs/{id}/referrals/{referralId}/accept", "post"),
            ("/api/programs/{id}/referrals/{referralId}/decline", "post"),
            ("/api/programs/{id}/referrals/{referralId}/complete", "post"),
            ("/api/national", "get"),
        };
        var missing = expected.Where(e => !paths.TryGetProperty(e.Path, out var item) || !item.TryGetProperty(e.Method, out _)).ToArray();
        Assert.True(missing.Length == 0, $"missing: {string.Join(", ", missing)}; listed: {string.Join(", ", paths.EnumerateObject().Select(p => p.Name))}");
    }

    /// <summary>
    /// The dashboard's types and form limits are generated from its copy of the document
    /// (<c>dashboard/src/api/openapi.json</c>); a change of the API that is not copied there fails here. Run the
    /// tests with <c>RECEPTION_UPDATE_OPENAPI=1</c> to write the copy, then <c>npm run generate</c> in dashboard/.
    /// </summary>
    [Fact]
    public async Task The_dashboard_copy_of_the_openapi_document_is_current()
    {
        var served = JsonNode.Parse(await api.Anonymous.GetStringAsync("/openapi/v1.json"))!.AsObject();
        served.Remove("servers"); // the host's address changes from run to run
        var current = served.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        var copy = Path.Combine(RepositoryPaths.Root, "dashboard", "src", "api", "openapi.json");
        if (Environment.GetEnvironmentVariable("RECEPTION_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(copy, current);
        }
        Assert.True(File.Exists(copy) && await File.ReadAllTextAsync(copy) == current,
            $"{copy} is not the API's current document: run the tests with RECEPTION_UPDATE_OPENAPI=1, then 'npm run generate' in dashboard/.");
    }
}
