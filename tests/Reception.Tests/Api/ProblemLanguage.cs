using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Reception.Api.Problems;
using Reception.Contracts.Shared;

namespace Reception.Tests.Api;

/// <summary>
/// Checks that a problem answer is worded in the language the request asked for (Spanish without
/// <c>Accept-Language</c>), from its code and parameters, with the API's own resource files.
/// </summary>
public static class ProblemLanguage
{
    private static readonly ProblemWording Wording = new(new StringLocalizer<Messages>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)));

    public static void AssertWordedIn(HttpResponseMessage response, JsonElement body)
    {
        var code = body.GetProperty("code").GetString();
        Assert.False(string.IsNullOrWhiteSpace(code), "every problem has a code");
        var asked = response.RequestMessage?.Headers.AcceptLanguage.FirstOrDefault()?.Value;
        var language = asked is not null && asked.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "es";
        var other = language == "en" ? "es" : "en";
        if (body.TryGetProperty("fields", out var fields))
        {
            foreach (var field in fields.EnumerateObject())
            {
                var worded = body.GetProperty("errors").GetProperty(field.Name).EnumerateArray().Select(e => e.GetString()).ToArray();
                var refusals = field.Value.EnumerateArray().Select(RefusalOf).ToArray();
                Assert.Equal(refusals.Select(r => Word(r, language)), worded);
                AssertDiffers(refusals.Select(r => Word(r, other)), worded, language);
            }
            return;
        }
        var refusal = RefusalOf(body);
        Assert.Equal(Word(refusal, language), body.GetProperty("detail").GetString());
        AssertDiffers([Word(refusal, other)], [body.GetProperty("detail").GetString()], language);
    }

    public static string Word(Refusal refusal, string language)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(language);
        try
        {
            return Wording.Word(refusal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static void AssertDiffers(IEnumerable<string> otherLanguage, IEnumerable<string?> worded, string language)
    {
        // A message that reads the same in both languages (a bare code or a name) proves nothing either way.
        var pairs = otherLanguage.Zip(worded).Where(p => p.First != p.Second).ToList();
        Assert.True(pairs.Count > 0 || otherLanguage.SequenceEqual(worded), $"the answer should be in '{language}'");
    }

    private static Refusal RefusalOf(JsonElement problem) => new(
        problem.GetProperty("code").GetString()!,
        problem.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal)
            : new Dictionary<string, string>());
}
