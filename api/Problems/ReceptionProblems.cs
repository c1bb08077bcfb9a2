using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Reception.Api.Telemetry;
using Reception.Contracts.Shared;

namespace Reception.Api.Problems;

/// <summary>
/// Every error leaves the API as RFC 9457 problem details with a stable <c>code</c>, worded in the request's
/// language: Spanish by default, English with <c>Accept-Language: en</c>.
/// </summary>
public static class ReceptionProblems
{
    public static readonly CultureInfo[] Languages = [new("es"), new("en")];

    public static IServiceCollection AddReceptionProblems(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddSingleton<ProblemWording>();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Instance ??= context.HttpContext.Request.Path;
            problem.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
            if (!problem.Extensions.ContainsKey("code"))
            {
                WordFrameworkProblem(problem, context.HttpContext);
            }
            RefusedRegistrations.Count(context.HttpContext, problem);
        });
        services.AddExceptionHandler<ApiExceptionHandler>();
        // Malformed JSON and missing bodies throw BadHttpRequestException, which ApiExceptionHandler answers.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    public static IApplicationBuilder UseReceptionProblems(this IApplicationBuilder app)
    {
        // First, so that the language is known wherever a problem is written (the handlers run outside the endpoint).
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Languages[0]),
            SupportedCultures = Languages,
            SupportedUICultures = Languages,
        });
        app.UseExceptionHandler();
        // Empty 401/403/404/405 answers (authentication challenges, unknown routes) get a problem body.
        app.UseStatusCodePages();
        app.UseMiddleware<PathCharacters>();
        app.UseMiddleware<RequestBodyLimit>();
        return app;
    }

    // A problem the framework wrote from a bare status (a challenge, an unknown route) gets a code and words too.
    private static void WordFrameworkProblem(ProblemDetails problem, HttpContext context)
    {
        var wording = context.RequestServices.GetRequiredService<ProblemWording>();
        var path = context.Request.Path.Value ?? "";
        var (title, refusal) = problem.Status switch
        {
            StatusCodes.Status401Unauthorized => ("unauthenticated", Refusal.Of(ProblemCodes.Unauthenticated)),
            StatusCodes.Status403Forbidden => ("forbidden", Refusal.Of(ProblemCodes.Forbidden)),
            StatusCodes.Status404NotFound => ("notFound", Refusal.Of(ProblemCodes.RouteNotFound, ("path", path))),
            StatusCodes.Status405MethodNotAllowed => ("methodNotAllowed", Refusal.Of(ProblemCodes.MethodNotAllowed, ("path", path), ("method", context.Request.Method))),
            StatusCodes.Status413PayloadTooLarge => ("tooLarge", Refusal.Of(ProblemCodes.BodyTooLarge, ("maxKb", Limits.RequestBodyBytes / 1024))),
            StatusCodes.Status415UnsupportedMediaType => ("unsupportedMediaType", Refusal.Of(ProblemCodes.UnsupportedMediaType)),
            >= 500 => ("error", Refusal.Of(ProblemCodes.ServerError)),
            _ => ("badRequest", Refusal.Of(ProblemCodes.MalformedBody)),
        };
        problem.Title = wording.Title(title);
        problem.Detail = wording.Word(refusal);
        RefusalProblems.WithCode(problem, refusal);
    }
}
