using System.Net.Http.Json;
using System.Text.Json;

namespace Reception.Tests.Api;

/// <summary>Small helpers for JSON over HTTP in the API tests.</summary>
public static class HttpJson
{
    public static async Task<(HttpResponseMessage Response, JsonElement Body)> SendJsonAsync(
        this HttpClient client, HttpMethod method, string path, object? body = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = string.IsNullOrWhiteSpace(text) ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (response, json);
    }

    public static Task<(HttpResponseMessage Response, JsonElement Body)> PostJsonAsync(this HttpClient client, string path, object? body = null, string? idempotencyKey = null) =>
        client.SendJsonAsync(HttpMethod.Post, path, body, idempotencyKey);

    public static Task<(HttpResponseMessage Response, JsonElement Body)> PutJsonAsync(this HttpClient client, string path, object body) =>
        client.SendJsonAsync(HttpMethod.Put, path, body);

    public static Task<(HttpResponseMessage Response, JsonElement Body)> GetJsonAsync(this HttpClient client, string path) =>
        client.SendJsonAsync(HttpMethod.Get, path);

    public static string Text(this JsonElement element, string property) => element.GetProperty(property).GetString()!;

    public static int Int(this JsonElement element, string property) => element.GetProperty(property).GetInt32();

    /// <summary>
    /// A problem-details answer: the content type, the status in the body, a code, and the messages worded from
    /// the code in the language the request asked for.
    /// </summary>
    public static void AssertProblem(HttpResponseMessage response, JsonElement body, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(status, body.GetProperty("status").GetInt32());
        ProblemLanguage.AssertWordedIn(response, body);
    }
}
