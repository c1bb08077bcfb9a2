using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Reception.Api.Problems;
using Reception.Contracts.Shared;

namespace Reception.Api.Auth;

/// <summary>
/// <c>POST /api/auth/token</c>: the API's own issuer, mapped only when no external authority is configured. A
/// locked-out account and an address past its failures are refused with 429 and <c>Retry-After</c>.
/// </summary>
public static class TokenEndpoint
{
    public static RouteGroupBuilder MapAuthApi(this RouteGroupBuilder api, AuthSettings settings)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");
        if (!settings.UsesExternalIssuer)
        {
            auth.MapPost("/token", IssueToken)
                .AllowAnonymous()
                .WithName("IssueToken")
                .WithSummary("Exchanges a user name and password for a bearer token (only without an external OpenID Connect authority).");
        }
        auth.MapGet("/me", (HttpContext context) => WhoAmI.Of(context.Actor()))
            .RequireAuthorization()
            .WithName("WhoAmI")
            .WithSummary("The role and scopes of the caller's token.");
        return api;
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueToken(
        TokenRequest request, AccountDirectory accounts, TokenIssuer issuer, SignInFailureLimit addressLimit, ProblemWording wording,
        TimeProvider time, HttpContext context)
    {
        new FieldErrors()
            .Text("username", request.Username, Limits.NameLength, required: true)
            .Text("password", request.Password, Limits.PasswordLength, required: true)
            .ThrowIfAny();
        var security = SecurityLog.For(context.RequestServices);
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var userName = request.Username!.Trim();
        if (addressLimit.IsExhausted(address))
        {
            SecurityLog.SignInLockedOut(security, address, addressLimit.PerMinute);
            context.Response.Headers.RetryAfter = "60";
            return TypedResults.Problem(RefusalProblems.For(StatusCodes.Status429TooManyRequests, "tooManyRequests",
                Refusal.Of(ProblemCodes.TooManyRequests, ("limit", addressLimit.PerMinute)), wording));
        }

        var outcome = await accounts.SignInAsync(userName, request.Password!);
        if (outcome.Account is { } account)
        {
            return TypedResults.Ok(issuer.Issue(account));
        }
        if (outcome.LockedUntil is { } until)
        {
            SecurityLog.AccountLockedOut(security, userName, address, until);
            var seconds = Math.Max(1, (int)Math.Ceiling((until - time.GetUtcNow()).TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            addressLimit.CountFailure(address);
            return TypedResults.Problem(RefusalProblems.For(StatusCodes.Status429TooManyRequests, "signInFailed",
                Refusal.Of(ProblemCodes.AccountLockedOut, ("until", until)), wording));
        }
        if (outcome.Disabled)
        {
            SecurityLog.AccountDisabled(security, userName, address);
            return TypedResults.Problem(RefusalProblems.For(StatusCodes.Status401Unauthorized, "signInFailed",
                Refusal.Of(ProblemCodes.AccountDisabled), wording));
        }
        SecurityLog.SignInFailed(security, userName, address);
        addressLimit.CountFailure(address);
        return TypedResults.Problem(RefusalProblems.For(
            StatusCodes.Status401Unauthorized, "signInFailed", Refusal.Of(ProblemCodes.BadCredentials), wording));
    }
}
