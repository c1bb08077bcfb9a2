using Microsoft.AspNetCore.Authentication.JwtBearer;
using Reception.Api.Problems;
using Reception.Contracts.Shared;

namespace Reception.Api.Auth;

/// <summary>
/// Refuses, on the request after the change, a token of the built-in issuer whose account was disabled, changed
/// (role, scopes, password) or locked out since: 401 with the code <c>signInAgain</c> or <c>accountLockedOut</c>,
/// which tells the person what to do. The check reads only this host's <see cref="AccountStatusCache"/>.
/// </summary>
public static class AccountTokenCheck
{
    private const string RefusalKey = "reception.account-refusal";

    public static JwtBearerEvents Events() => new()
    {
        OnTokenValidated = async context =>
        {
            var statuses = context.HttpContext.RequestServices.GetRequiredService<AccountStatusCache>();
            if (await statuses.CheckAsync(context.Principal!) is { } refusal)
            {
                context.HttpContext.Items[RefusalKey] = refusal;
                context.Fail(refusal.Code);
            }
        },
        OnChallenge = async context =>
        {
            if (context.HttpContext.Items[RefusalKey] is not Refusal refusal)
            {
                return;
            }
            context.HandleResponse();
            var services = context.HttpContext.RequestServices;
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await services.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context.HttpContext,
                ProblemDetails = RefusalProblems.For(StatusCodes.Status401Unauthorized, "unauthenticated", refusal, services.GetRequiredService<ProblemWording>()),
            });
        },
    };
}
