using Microsoft.AspNetCore.Http.HttpResults;
using Reception.Api.Problems;
using Reception.Contracts.Shared;

namespace Reception.Api.Auth;

/// <summary><c>POST /api/auth/token</c>: the API's own issuer, mapped only when no external authority is configured.</summary>
public static class TokenEndpoint
{
    public const string RateLimitPolicy = "token";

    public static RouteGroupBuilder MapAuthApi(this RouteGroupBuilder api, AuthSettings settings)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");
        if (!settings.UsesExternalIssuer)
        {
            auth.MapPost("/token", IssueToken)
                .AllowAnonymous()
                .RequireRateLimiting(RateLimitPolicy)
                .WithName("IssueToken")
                .WithSummary("Exchanges a user name and password for a bearer token (only without an external OpenID Connect authority).");
        }
        auth.MapGet("/me", (HttpContext context) => WhoAmI.Of(context.Actor()))
            .RequireAuthorization()
            .WithName("WhoAmI")
            .WithSummary("The role and scopes of the caller's token.");
        return api;
    }

    private static Results<Ok<TokenResponse>, ProblemHttpResult> IssueToken(
        TokenRequest request, AccountDirectory accounts, TokenIssuer issuer, ProblemWording wording, HttpContext context)
    {
        new FieldErrors()
            .Text("username", request.Username, Limits.NameLength, required: true)
            .Text("password", request.Password, Limits.PasswordLength, required: true)
            .ThrowIfAny();
        var account = accounts.Verify(request.Username!.Trim(), request.Password!);
        if (account is null)
        {
            SecurityLog.SignInFailed(SecurityLog.For(context.RequestServices), request.Username.Trim(), context.Connection.RemoteIpAddress?.ToString());
            return TypedResults.Problem(RefusalProblems.For(
                StatusCodes.Status401Unauthorized, "signInFailed", Refusal.Of(ProblemCodes.BadCredentials), wording));
        }
        return TypedResults.Ok(issuer.Issue(account));
    }
}
