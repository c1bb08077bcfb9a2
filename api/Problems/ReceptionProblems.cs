using Microsoft.AspNetCore.Http.Json;

namespace Reception.Api.Problems;

/// <summary>Every error leaves the API as RFC 9457 problem details, built in one place.</summary>
public static class ReceptionProblems
{
    public static IServiceCollection AddReceptionProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ApiExceptionHandler>();
        // Malformed JSON and missing bodies throw BadHttpRequestException, which ApiExceptionHandler answers.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    public static IApplicationBuilder UseReceptionProblems(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        // Empty 401/403/404/405 answers (authentication challenges, unknown routes) get a problem body.
        app.UseStatusCodePages();
        app.UseMiddleware<RequestBodyLimit>();
        return app;
    }
}
