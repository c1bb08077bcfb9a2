using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.SignalR;
using Reception.Api.Auth;
using Reception.Api.Problems;
using Reception.Contracts.Shared;

namespace Reception.Api.LiveFeed;

/// <summary>
/// Hub refusals reach the client as a HubException <c>"{kind}: {code}: {worded message}"</c> — kind one of
/// <c>forbidden</c>, <c>notFound</c>, <c>conflict</c>, <c>invalid</c>, <c>unauthenticated</c> — worded in the
/// connection's language (its <c>Accept-Language</c>, as for REST), and are logged as security warnings without a
/// stack trace. Other errors stay hidden from the client and are logged here as errors (SignalR's own error log
/// of failed hub methods is silenced in <see cref="LiveFeedSetup"/>, since it logs every refusal with its stack).
/// </summary>
public sealed class HubErrorFilter(ProblemWording wording, ILoggerFactory loggers) : IHubFilter
{
    private readonly ILogger _security = loggers.CreateLogger(SecurityLog.Category);
    private readonly ILogger<HubErrorFilter> _logger = loggers.CreateLogger<HubErrorFilter>();

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (ReceptionException refused)
        {
            var kind = refused.Kind switch
            {
                ErrorKind.Forbidden => "forbidden",
                ErrorKind.NotFound => "notFound",
                ErrorKind.Conflict => "conflict",
                _ => "invalid",
            };
            throw Refuse(invocationContext.Context, invocationContext.HubMethodName, kind, refused.Refusal);
        }
        catch (Exception failure) when (failure is not HubException)
        {
            _logger.LogError(failure, "Hub method {HubMethod} failed", invocationContext.HubMethodName);
            throw;
        }
    }

    /// <summary>Logs a refused hub call and words it for the caller.</summary>
    public HubException Refuse(HubCallerContext context, string hubMethod, string kind, Refusal refusal)
    {
        SecurityLog.HubCallRefused(_security, kind, refusal.Code, hubMethod, context.User?.Identity?.Name);
        var culture = context.GetHttpContext()?.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture;
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture ?? ReceptionProblems.Languages[0];
        try
        {
            return new HubException($"{kind}: {refusal.Code}: {wording.Word(refusal)}");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
