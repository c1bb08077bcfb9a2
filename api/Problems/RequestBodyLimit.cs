using Reception.Contracts.Shared;

namespace Reception.Api.Problems;

/// <summary>
/// Refuses request bodies over <see cref="Limits.RequestBodyBytes"/> with a 413 problem before anything reads them. A body
/// without Content-Length (chunked) is read into memory up to the limit, so the answer is the same.
/// </summary>
internal sealed class RequestBodyLimit(RequestDelegate next, IProblemDetailsService problems, ProblemWording wording)
{
    private const int MaxBytes = Limits.RequestBodyBytes;

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
            ProblemDetails = RefusalProblems.For(
                StatusCodes.Status413PayloadTooLarge, "tooLarge", Refusal.Of(ProblemCodes.BodyTooLarge, ("maxKb", MaxBytes / 1024)), wording),
        }).AsTask();
    }
}
