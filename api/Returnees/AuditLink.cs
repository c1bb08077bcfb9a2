using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;

namespace Reception.Api.Returnees;

/// <summary>The RFC 8288 <c>Link: &lt;…&gt;; rel="next"</c> of a page of a case's audit trail, so a client can follow it without building the query.</summary>
public static class AuditLink
{
    public static void AddNext(HttpContext context, long? nextBefore, int limit)
    {
        if (nextBefore is not { } before)
        {
            return;
        }
        var query = QueryString.Create("before", before.ToString(CultureInfo.InvariantCulture))
            .Add("limit", limit.ToString(CultureInfo.InvariantCulture));
        var target = UriHelper.BuildRelative(context.Request.PathBase, context.Request.Path, query);
        context.Response.Headers.Append("Link", $"<{target}>; rel=\"next\"");
    }
}
