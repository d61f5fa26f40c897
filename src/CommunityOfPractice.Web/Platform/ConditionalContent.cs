using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace CommunityOfPractice.Web.Platform;

/// <summary>
/// A public representation that feed readers and partners' systems can poll cheaply. It carries a strong
/// <c>ETag</c> (a hash of its bytes) and a <c>Last-Modified</c>, answers <c>If-None-Match</c> (then, without it,
/// <c>If-Modified-Since</c>) with 304, answers <c>HEAD</c> with the headers alone, and says with
/// <c>Vary: Accept-Language</c> that its text follows the reader's language. The output cache stores the 200 with
/// these headers and answers the next conditional requests itself.
/// </summary>
/// <param name="lastModified">
/// No earlier than the last change of anything shown: a time that goes back (an entry withdrawn) would let a
/// client keep what changed.
/// </param>
internal sealed class ConditionalContent(byte[] body, string contentType, DateTimeOffset lastModified) : IResult
{
    public string ETag { get; } = $"\"{Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16))}\"";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var request = httpContext.Request;
        var response = httpContext.Response;
        // HTTP dates have whole seconds: compare what the client can send back.
        var modified = DateTimeOffset.FromUnixTimeSeconds(lastModified.ToUnixTimeSeconds());
        var headers = response.GetTypedHeaders();
        headers.ETag = new EntityTagHeaderValue(ETag);
        headers.LastModified = modified;
        response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
        if (NotModified(request.GetTypedHeaders(), modified))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        return HttpMethods.IsHead(request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }

    private bool NotModified(Microsoft.AspNetCore.Http.Headers.RequestHeaders request, DateTimeOffset modified)
    {
        if (request.IfNoneMatch is { Count: > 0 } tags)
        {
            // Weak comparison (RFC 9110 13.1.2): a compressing proxy may have weakened our tag.
            return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Tag.Equals(ETag, StringComparison.Ordinal));
        }
        return request.IfModifiedSince is { } since && modified <= since;
    }
}
