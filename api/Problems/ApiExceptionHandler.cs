using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Reception.Contracts.Shared;

namespace Reception.Api.Problems;

/// <summary>
/// Maps refused commands (<see cref="ReceptionException"/>, from the grains or the API's own checks) and
/// unreadable requests to problem details worded in the caller's language: Validation→400 with field errors,
/// NotFound→404, Conflict→409, Forbidden→403, a body that does not fit its request→400 naming the field and
/// what it accepts, a query parameter that is not a number→400 naming it, oversized→413, a passing outage of the
/// cluster or the database→503 with <c>Retry-After</c>.
/// </summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problems, ProblemWording wording, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ReceptionException refused => RefusalProblems.From(refused, wording),
            BadHttpRequestException { InnerException: JsonException json } when JsonFieldRefusal.From(httpContext, json) is var (field, refusal) =>
                RefusalProblems.From(ReceptionException.Invalid(new Dictionary<string, Refusal[]> { [field] = [refusal] }), wording),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                RefusalProblems.For(StatusCodes.Status413PayloadTooLarge, "tooLarge", Refusal.Of(ProblemCodes.BodyTooLarge, ("maxKb", Limits.RequestBodyBytes / 1024)), wording),
            BadHttpRequestException when QueryFieldRefusal.From(httpContext) is var (field, refusal) =>
                RefusalProblems.From(ReceptionException.Invalid(new Dictionary<string, Refusal[]> { [field] = [refusal] }), wording),
            BadHttpRequestException bad =>
                RefusalProblems.For(bad.StatusCode, "badRequest", Refusal.Of(ProblemCodes.MalformedBody), wording),
            _ => TransientFailure.Classify(exception) switch
            {
                TransientKind.Cluster => RefusalProblems.For(StatusCodes.Status503ServiceUnavailable, "unavailable",
                    Refusal.Of(ProblemCodes.ClusterUnavailable, ("retryAfter", TransientFailure.RetryAfterSeconds(TransientKind.Cluster))), wording),
                TransientKind.Storage => RefusalProblems.For(StatusCodes.Status503ServiceUnavailable, "unavailable",
                    Refusal.Of(ProblemCodes.StorageUnavailable, ("retryAfter", TransientFailure.RetryAfterSeconds(TransientKind.Storage))), wording),
                _ => null,
            },
        };
        if (problem is null)
        {
            return false;
        }
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            // An outage the caller can wait out: a warning without the stack, not an error.
            httpContext.Response.Headers.RetryAfter = TransientFailure.RetryAfterSeconds(TransientFailure.Classify(exception)).ToString(CultureInfo.InvariantCulture);
            if (logger.IsEnabled(LogLevel.Warning))
            {
                logger.LogWarning("Request answered 503: {Failure}: {Message}", exception.GetType().Name, exception.Message);
            }
        }
        else if (problem.Status >= 500)
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
}
