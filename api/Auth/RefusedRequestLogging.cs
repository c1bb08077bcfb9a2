namespace Reception.Api.Auth;

/// <summary>Logs every <c>401</c> and <c>403</c> answer as a security warning (the path without its query).</summary>
public static class RefusedRequestLogging
{
    public static IApplicationBuilder UseRefusedRequestLogging(this IApplicationBuilder app)
    {
        var logger = SecurityLog.For(app.ApplicationServices);
        return app.Use(async (context, next) =>
        {
            await next(context);
            var status = context.Response.StatusCode;
            if (status is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden)
            {
                SecurityLog.RequestRefused(logger, status, context.Request.Method, context.Request.Path.Value ?? "",
                    context.User.Identity?.Name, context.Connection.RemoteIpAddress?.ToString());
            }
        });
    }
}
