using System.Net;
using System.Text.RegularExpressions;
using Reception.Tests.Api;

namespace Reception.Tests.Edge;

/// <summary>
/// Every response carries the browser protections: the dashboard's page, its assets, API answers and problems;
/// answers under <c>/api</c> and <c>/hubs</c> are never stored; the built page needs no inline script or style.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed partial class SecurityHeadersTests(ApiHostFixture api)
{
    [Fact]
    public async Task The_dashboard_page_its_assets_and_api_answers_carry_the_security_headers()
    {
        using var page = await api.Anonymous.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        AssertProtected(page);

        var asset = AssetReference().Match(html);
        Assert.True(asset.Success, "index.html references a built asset");
        using var script = await api.Anonymous.GetAsync(asset.Groups["path"].Value);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        AssertProtected(script);

        using var client = await api.ClientAsync("coordinator");
        using var national = await client.GetAsync("/api/national");
        Assert.Equal(HttpStatusCode.OK, national.StatusCode);
        AssertProtected(national);
        Assert.True(national.Headers.CacheControl?.NoStore, "API answers are not stored");

        using var refused = await api.Anonymous.GetAsync("/api/points");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        AssertProtected(refused);
        Assert.True(refused.Headers.CacheControl?.NoStore, "problems are not stored");

        using var negotiate = await client.PostAsync("/hubs/operations/negotiate?negotiateVersion=1", null);
        Assert.Equal(HttpStatusCode.OK, negotiate.StatusCode);
        Assert.True(negotiate.Headers.CacheControl?.NoStore, "hub answers are not stored");
    }

    [Fact]
    public async Task The_dashboard_script_and_api_answers_arrive_compressed_when_the_browser_accepts_it()
    {
        using var compressing = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None })
        {
            BaseAddress = new Uri(api.Ports.BaseUrl),
        };
        compressing.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br, gzip");
        var html = await api.Anonymous.GetStringAsync("/");
        using var script = await compressing.GetAsync(AssetReference().Match(html).Groups["path"].Value);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains(script.Content.Headers.ContentEncoding, e => e is "br" or "gzip");

        compressing.DefaultRequestHeaders.Authorization = new("Bearer", await api.TokenAsync("coordinator"));
        using var points = await compressing.GetAsync("/api/points");
        Assert.Equal(HttpStatusCode.OK, points.StatusCode);
        Assert.Contains(points.Content.Headers.ContentEncoding, e => e is "br" or "gzip");
    }

    [Fact]
    public async Task The_built_dashboard_page_has_no_inline_script_or_style_for_the_policy_to_block()
    {
        var html = await api.Anonymous.GetStringAsync("/");
        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(InlineHandler(), html);
    }

    private static void AssertProtected(HttpResponseMessage response)
    {
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.RequestUri} has no {name} header");

    [GeneratedRegex("""src="(?<path>/assets/[^"]+\.js)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex AssetReference();

    [GeneratedRegex(@"<script(?![^>]*\ssrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}
