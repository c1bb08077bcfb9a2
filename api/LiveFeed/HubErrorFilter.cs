using Microsoft.AspNetCore.SignalR;
using Reception.Contracts.Shared;

namespace Reception.Api.LiveFeed;

/// <summary>Hub refusals reach the client as a HubException <c>"forbidden: …"</c>, <c>"notFound: …"</c>, … (other errors stay hidden).</summary>
public sealed class HubErrorFilter : IHubFilter
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
            throw new HubException($"{kind}: {refused.Message}");
        }
    }
}
