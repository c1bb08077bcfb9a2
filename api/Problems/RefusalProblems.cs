using Microsoft.AspNetCore.Mvc;
using Reception.Contracts.Shared;

namespace Reception.Api.Problems;

/// <summary>
/// Builds the problem details of a refusal: the status for its kind, a worded <c>title</c> and <c>detail</c> in the
/// caller's language, the stable <c>code</c> and its <c>parameters</c>, and for validation <c>errors</c> (worded,
/// by field) beside <c>fields</c> (the same by code and parameters, for programs).
/// </summary>
public static class RefusalProblems
{
    public static ProblemDetails From(ReceptionException refused, ProblemWording wording)
    {
        if (refused.Kind == ErrorKind.Validation)
        {
            var errors = refused.FieldErrors.ToDictionary(f => f.Key, f => f.Value.Select(wording.Word).ToArray(), StringComparer.Ordinal);
            var problem = new ValidationProblemDetails(errors)
            {
                Status = StatusCodes.Status400BadRequest,
                Title = wording.Title("validation"),
                Detail = wording.Summary(errors),
            };
            problem.Extensions["code"] = refused.Code;
            problem.Extensions["fields"] = refused.FieldErrors.ToDictionary(
                f => f.Key, f => f.Value.Select(r => new { code = r.Code, parameters = r.Parameters }).ToArray(), StringComparer.Ordinal);
            return problem;
        }
        var (status, title) = refused.Kind switch
        {
            ErrorKind.NotFound => (StatusCodes.Status404NotFound, "notFound"),
            ErrorKind.Conflict => (StatusCodes.Status409Conflict, "conflict"),
            _ => (StatusCodes.Status403Forbidden, "forbidden"),
        };
        return WithCode(new ProblemDetails { Status = status, Title = wording.Title(title), Detail = wording.Word(refused.Refusal) }, refused.Refusal);
    }

    /// <summary>A problem that is not a <see cref="ReceptionException"/> (an unreadable body, a status from the framework).</summary>
    public static ProblemDetails For(int status, string title, Refusal refusal, ProblemWording wording) =>
        WithCode(new ProblemDetails { Status = status, Title = wording.Title(title), Detail = wording.Word(refusal) }, refusal);

    public static ProblemDetails WithCode(ProblemDetails problem, Refusal refusal)
    {
        problem.Extensions["code"] = refusal.Code;
        problem.Extensions["parameters"] = refusal.Parameters;
        return problem;
    }
}
