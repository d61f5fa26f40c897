using System.Net;

namespace CommunityOfPractice.IntegrationTests.Hosting;

public sealed record Page(HttpStatusCode Status, string Html, string? Location, System.Net.Http.Headers.HttpResponseHeaders Headers, string? ContentType)
{
    public bool IsRedirect => (int)Status is >= 300 and < 400;

    /// <summary>The HTML with entities decoded, for asserting on visible text in any language.</summary>
    public string Text => WebUtility.HtmlDecode(Html);

    public static async Task<Page> ReadAsync(HttpResponseMessage response) => new(
        response.StatusCode,
        await response.Content.ReadAsStringAsync(),
        response.Headers.Location?.ToString(),
        response.Headers,
        response.Content.Headers.ContentType?.MediaType);
}
