using Microsoft.AspNetCore.Mvc;

namespace Reception.Api.Problems;

/// <summary>
/// Refuses request bodies over <see cref="MaxBytes"/> with a 413 problem before anything reads them. A body
/// without Content-Length (chunked) is read into memory up to the limit, so the answer is the same.
/// </summary>
internal sealed class RequestBodyLimit(RequestDelegate next, IProblemDetailsService problems)
{
    public const int MaxBytes = 64 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }
        if (request.ContentLength > MaxBytes)
        {
            await RefuseAsync(context);
            return;
        }
        if (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0)
        {
            var buffer = new MemoryStream();
            var chunk = new byte[8192];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > MaxBytes)
                {
                    await RefuseAsync(context);
                    return;
                }
            }
            buffer.Position = 0;
            request.Body = buffer;
        }
        await next(context);
    }

    private Task RefuseAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "The request body is too large.",
                Detail = $"Request bodies are limited to {MaxBytes / 1024} KB.",
            },
        }).AsTask();
    }
}
