using Microsoft.AspNetCore.Diagnostics;

namespace Reception.Api.Problems;

/// <summary>The endpoint a refused request was routed to, also while the exception handler writes its problem.</summary>
public static class RefusedEndpoint
{
    // The exception handler clears the endpoint from the context before it runs; its feature keeps it.
    public static Endpoint? Of(HttpContext context) =>
        context.GetEndpoint() ?? context.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
}
