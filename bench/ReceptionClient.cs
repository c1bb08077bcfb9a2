using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Reception.Bench;

/// <summary>
/// A Reception client over the public HTTP API only: signs in with <c>POST /api/auth/token</c> (one token per
/// account, cached; a <c>429</c> waits and tries again), sends JSON, and retries what is safe to retry.
/// </summary>
public sealed class ReceptionClient : IDisposable
{
    public const string DemoPassword = "reception-demo";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly MediaTypeHeaderValue JsonType = new("application/json");
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _tokens = new();

    public ReceptionClient(string baseUrl, int maxConnections = 512)
    {
        BaseUrl = baseUrl.TrimEnd('/');
        Http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = maxConnections,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
        })
        {
            BaseAddress = new Uri(BaseUrl + "/"),
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public string BaseUrl { get; }

    public HttpClient Http { get; }

    private long _retries;

    /// <summary>Requests sent again after a failure that a retry may fix.</summary>
    public long Retries => Interlocked.Read(ref _retries);

    public Task<string> TokenAsync(string user) =>
        _tokens.GetOrAdd(user, u => new Lazy<Task<string>>(() => SignInAsync(u))).Value;

    private async Task<string> SignInAsync(string user)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var response = await Http.PostAsJsonAsync("api/auth/token", new { username = user, password = DemoPassword }, Json);
                if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < 30)
                {
                    var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(6);
                    await Task.Delay(wait);
                    continue;
                }
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"sign-in as {user} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }
                var body = await response.Content.ReadFromJsonAsync<JsonObject>(Json);
                return body?["accessToken"]?.GetValue<string>() ?? throw new InvalidOperationException("token response without accessToken");
            }
            catch (HttpRequestException) when (attempt < 10)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500 * (attempt + 1)));
            }
        }
    }

    /// <summary>One request; the body is serialised with <see cref="Json"/> (or sent as is when it is a byte array).</summary>
    public async Task<ApiResponse> SendAsync(string user, HttpMethod method, string path, object? body = null, string? idempotencyKey = null, CancellationToken cancel = default)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(user));
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }
        if (body is not null)
        {
            var bytes = body as byte[] ?? JsonSerializer.SerializeToUtf8Bytes(body, Json);
            request.Content = new ByteArrayContent(bytes);
            request.Content.Headers.ContentType = JsonType;
        }
        using var response = await Http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancel);
        var content = await response.Content.ReadAsByteArrayAsync(cancel);
        return new ApiResponse(response.StatusCode, content);
    }

    /// <summary>
    /// A command retried on transport failures, timeouts, 5xx and 429 (with the same idempotency key when one is
    /// given, so a retried arrival is registered once). Other answers are returned to the caller.
    /// </summary>
    public async Task<ApiResponse> SendWithRetryAsync(string user, HttpMethod method, string path, object? body = null, string? idempotencyKey = null, int attempts = 6, CancellationToken cancel = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var response = await SendAsync(user, method, path, body, idempotencyKey, cancel);
                var status = (int)response.Status;
                if ((status >= 500 || status == 429) && attempt < attempts)
                {
                    Interlocked.Increment(ref _retries);
                    await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt * attempt), cancel);
                    continue;
                }
                return response;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancel.IsCancellationRequested && attempt < attempts)
            {
                Interlocked.Increment(ref _retries);
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt * attempt), cancel);
            }
        }
    }

    public async Task<JsonNode?> GetJsonAsync(string user, string path, CancellationToken cancel = default)
    {
        var response = await SendWithRetryAsync(user, HttpMethod.Get, path, cancel: cancel);
        response.EnsureSuccess(path);
        return response.Json();
    }

    public void Dispose() => Http.Dispose();
}

public readonly record struct ApiResponse(HttpStatusCode Status, byte[] Body)
{
    public bool Ok => (int)Status is >= 200 and < 300;

    public JsonNode? Json() => Body.Length == 0 ? null : JsonNode.Parse(Body);

    public string Text() => Encoding.UTF8.GetString(Body);

    public void EnsureSuccess(string what)
    {
        if (!Ok)
        {
            throw new InvalidOperationException($"{what} answered {(int)Status}: {Text()}");
        }
    }

    /// <summary>The value of a top-level string property without building a DOM (the hot path reads only <c>caseId</c>).</summary>
    public string? ReadString(string property)
    {
        var reader = new Utf8JsonReader(Body);
        var depth = 0;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    depth++;
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    depth--;
                    break;
                case JsonTokenType.PropertyName when depth == 1 && reader.ValueTextEquals(property):
                    reader.Read();
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
        }
        return null;
    }
}
