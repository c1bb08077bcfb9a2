using Microsoft.AspNetCore.Mvc;
using Reception.Api.Problems;
using Reception.Grains.Telemetry;

namespace Reception.Api.Telemetry;

/// <summary>
/// Counts the refusals of a route in <c>reception.registrations.refused</c> by problem code, whatever refused it
/// (authentication, permissions, an unreadable body, the grain's validation): the route carries this as metadata and
/// every problem the API writes passes through <see cref="Count"/>.
/// </summary>
public sealed class RefusedRegistrations
{
    private static readonly RefusedRegistrations Marker = new();

    public static RouteHandlerBuilder CountRefusals(RouteHandlerBuilder route) => route.WithMetadata(Marker);

    public static void Count(HttpContext context, ProblemDetails problem)
    {
        if (RefusedEndpoint.Of(context)?.Metadata.GetMetadata<RefusedRegistrations>() is not null
            && problem.Extensions.TryGetValue("code", out var code) && code is string text)
        {
            ReceptionMetrics.RegistrationRefused(text);
        }
    }
}
