using System.Net.Http.Json;
using System.Text.Json;

namespace Reception.Tests.Infrastructure;

/// <summary>Signs in to a host's built-in issuer the way a browser does.</summary>
public static class SignIn
{
    public const string DemoPassword = "reception-demo";

    public static async Task<string> TokenAsync(string baseUrl, string userName, string password = DemoPassword)
    {
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var response = await http.PostAsJsonAsync("/api/auth/token", new { username = userName, password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("accessToken").GetString()!;
    }

    /// <summary>The token's signature, the part that must never leak (a token without it is worthless).</summary>
    public static string Signature(string token) => token.Split('.')[2];
}
