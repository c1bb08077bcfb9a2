using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Reception.Contracts.Shared;

namespace Reception.Api.Problems;

/// <summary>
/// Maps refused commands (<see cref="ReceptionException"/>, from the grains or the API's own checks) and
/// unreadable requests to problem details: Validation→400 with field errors, NotFound→404, Conflict→409,
/// Forbidden→403, malformed JSON→400, oversized→413.
/// </summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? problem = exception switch
        {
            ReceptionException { Kind: ErrorKind.Validation } refused => new ValidationProblemDetails(
                refused.FieldErrors.ToDictionary(pair => pair.Key, pair => pair.Value))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request is not valid.",
                Detail = refused.Message,
            },
            ReceptionException refused => new ProblemDetails
            {
                Status = StatusFor(refused.Kind),
                Title = TitleFor(refused.Kind),
                Detail = refused.Message,
            },
            BadHttpRequestException { InnerException: System.Text.Json.JsonException { Path: { Length: > 2 } path } json } => new ValidationProblemDetails(
                new Dictionary<string, string[]> { [FieldOf(path)] = [$"The value at '{path}' is not valid here."] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request is not valid.",
                Detail = $"The body is not valid JSON for this request: {json.Message}",
            },
            BadHttpRequestException bad => new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request could not be read.",
                Detail = Describe(bad),
            },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        if (problem.Status >= 500)
        {
            logger.LogError(exception, "Request failed");
        }
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static int StatusFor(ErrorKind kind) => kind switch
    {
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status400BadRequest,
    };

    private static string TitleFor(ErrorKind kind) => kind switch
    {
        ErrorKind.NotFound => "Not found.",
        ErrorKind.Conflict => "The request conflicts with the current state.",
        ErrorKind.Forbidden => "Not allowed for your role or scope.",
        _ => "The request is not valid.",
    };

    // "$.vulnerabilities[2]" → "vulnerabilities"; "$.capacity.shelterBeds" → "capacity.shelterBeds".
    private static string FieldOf(string path)
    {
        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        var bracket = field.IndexOf('[');
        return bracket > 0 ? field[..bracket] : field;
    }

    // The framework's message names the parameter; the inner JSON error says where the body is wrong.
    private static string Describe(BadHttpRequestException bad) =>
        bad.InnerException is System.Text.Json.JsonException json
            ? $"The body is not valid JSON for this request: {json.Message}"
            : bad.Message;
}
