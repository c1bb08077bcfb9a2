using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.SignalR;
using Reception.Api.Problems;
using Reception.Contracts.Shared;

namespace Reception.Api.LiveFeed;

/// <summary>
/// Hub refusals reach the client as a HubException <c>"{kind}: {code}: {worded message}"</c> — kind one of
/// <c>forbidden</c>, <c>notFound</c>, <c>conflict</c>, <c>invalid</c> — worded in the connection's language
/// (its <c>Accept-Language</c>, as for REST). Other errors stay hidden.
/// </summary>
public sealed class HubErrorFilter(ProblemWording wording) : IHubFilter
{
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
            var culture = invocationContext.Context.GetHttpContext()?.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture;
            var previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = culture ?? ReceptionProblems.Languages[0];
            try
            {
                throw new HubException($"{kind}: {refused.Code}: {wording.Word(refused.Refusal)}");
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
            }
        }
    }
}
