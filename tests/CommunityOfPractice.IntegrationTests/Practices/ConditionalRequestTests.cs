using System.Net;
using System.Net.Http.Headers;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Practices;
using CommunityOfPractice.IntegrationTests.Hosting;

namespace CommunityOfPractice.IntegrationTests.Practices;

/// <summary>
/// Feed readers and partners' systems poll the feed and the API: HEAD, ETag, Last-Modified and 304 let them do it for
/// a few bytes, and the output cache keeps serving the public views.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ConditionalRequestTests(CommunityAppFactory app)
{
    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, Action<HttpRequestHeaders>? headers = null)
    {
        using var request = new HttpRequestMessage(method, path);
        headers?.Invoke(request.Headers);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task The_feed_and_the_api_answer_head_and_conditional_gets_and_stay_cached()
    {
        var curator = await PracticeSetup.CuratorAsync(app);
        var member = await app.CreatePersonAsync("Polled Submitter", Roles.Member);
        var entry = await PracticeSetup.CreateAsync(app, member, curator, PracticeSetup.Command($"Polled {Guid.NewGuid():N}"), true, PracticeReviewAction.Published);
        using var client = app.CreateClient();

        foreach (var path in new[] { "/practices/feed.atom", "/api/practices", $"/api/practices/{entry.Slug}" })
        {
            using var full = await SendAsync(client, HttpMethod.Get, path);
            Assert.Equal(HttpStatusCode.OK, full.StatusCode);
            var body = await full.Content.ReadAsByteArrayAsync();
            var etag = full.Headers.ETag;
            Assert.True(etag is { IsWeak: false }, $"{path} should send a strong ETag.");
            var lastModified = full.Content.Headers.LastModified;
            Assert.True(lastModified is not null, $"{path} should send Last-Modified.");
            Assert.True(lastModified >= entry.UpdatedAt.AddSeconds(-1), $"{path}: Last-Modified {lastModified} is before the entry's publication {entry.UpdatedAt}.");
            Assert.Contains("Accept-Language", full.Headers.Vary);

            using var head = await SendAsync(client, HttpMethod.Head, path);
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
            Assert.Equal(etag, head.Headers.ETag);
            Assert.Equal(body.Length, head.Content.Headers.ContentLength);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());

            using var unchanged = await SendAsync(client, HttpMethod.Get, path, h => h.IfNoneMatch.Add(etag!));
            Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
            Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());

            using var other = await SendAsync(client, HttpMethod.Get, path, h => h.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\"")));
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
            Assert.Equal(body, await other.Content.ReadAsByteArrayAsync());

            using var notSince = await SendAsync(client, HttpMethod.Get, path, h => h.IfModifiedSince = lastModified);
            Assert.Equal(HttpStatusCode.NotModified, notSince.StatusCode);

            // Still served by the output cache: the answer carries its age in the cache.
            using var again = await SendAsync(client, HttpMethod.Get, path);
            Assert.True(again.Headers.Age is not null, $"{path} should come from the output cache the second time.");
            Assert.Equal(etag, again.Headers.ETag);

            // Another language is another representation, with its own tag.
            using var french = await SendAsync(client, HttpMethod.Get, path, h => h.AcceptLanguage.Add(new StringWithQualityHeaderValue("fr")));
            if (path != $"/api/practices/{entry.Slug}")
            {
                Assert.NotEqual(etag, french.Headers.ETag);
            }
        }

        // A new entry changes the list and the feed: the old tag no longer matches, and the time moves on.
        using var before = await SendAsync(client, HttpMethod.Get, "/practices/feed.atom");
        var second = await PracticeSetup.CreateAsync(app, member, curator, PracticeSetup.Command($"Polled later {Guid.NewGuid():N}"), true, PracticeReviewAction.Published);
        using var after = await SendAsync(client, HttpMethod.Get, "/practices/feed.atom", h => h.IfNoneMatch.Add(before.Headers.ETag!));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains(second.Slug, await after.Content.ReadAsStringAsync());
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.True(after.Content.Headers.LastModified >= before.Content.Headers.LastModified, "Last-Modified should never go back.");
    }
}
