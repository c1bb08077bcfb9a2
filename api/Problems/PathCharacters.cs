using Reception.Contracts.Shared;

namespace Reception.Api.Problems;

/// <summary>
/// Refuses a path with a control character (<c>%01</c>, <c>%1F</c>, <c>%7F</c>, …, once decoded) with a 400 problem
/// before routing sees it, rather than letting it reach a route as part of a code or an id. (Kestrel itself refuses
/// <c>%00</c> with an empty 400 and closes the connection before any middleware runs.)
/// </summary>
internal sealed class PathCharacters(RequestDelegate next, IProblemDetailsService problems, ProblemWording wording)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.HasValue || !context.Request.Path.Value.Any(char.IsControl))
        {
            return next(context);
        }
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = RefusalProblems.For(StatusCodes.Status400BadRequest, "badRequest", Refusal.Of(ProblemCodes.PathInvalid), wording),
        }).AsTask();
    }
}
