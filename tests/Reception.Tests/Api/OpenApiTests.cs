using System.Text.Json;

namespace Reception.Tests.Api;

/// <summary>The OpenAPI document lists every route of the contract.</summary>
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
            ("/api/programs/{id}/referrals/{referralId}/accept", "post"),
            ("/api/programs/{id}/referrals/{referralId}/decline", "post"),
            ("/api/programs/{id}/referrals/{referralId}/complete", "post"),
            ("/api/national", "get"),
        };
        var missing = expected.Where(e => !paths.TryGetProperty(e.Path, out var item) || !item.TryGetProperty(e.Method, out _)).ToArray();
        Assert.True(missing.Length == 0, $"missing: {string.Join(", ", missing)}; listed: {string.Join(", ", paths.EnumerateObject().Select(p => p.Name))}");
    }
}
