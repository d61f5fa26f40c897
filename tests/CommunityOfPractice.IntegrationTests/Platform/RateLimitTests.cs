using System.Net;
using CommunityOfPractice.IntegrationTests.Hosting;

namespace CommunityOfPractice.IntegrationTests.Platform;

public sealed class RateLimitTests(RateLimitedAppFactory app) : IClassFixture<RateLimitedAppFactory>
{
    [Theory]
    [InlineData("/Account/Login", "login")]
    [InlineData("/join", "join")]
    public async Task Too_many_posts_get_429_with_a_readable_page(string path, string form)
    {
        using var browser = new Browser(app);
        var statuses = new List<HttpStatusCode>();
        Page last = null!;
        for (var i = 0; i < 4; i++)
        {
            last = await browser.SubmitAsync(path, form, new Dictionary<string, string> { ["Input.Email"] = "nobody@example.org", ["Input.Password"] = "whatever it is" });
            statuses.Add(last.Status);
        }
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(3));
        Assert.Equal(HttpStatusCode.TooManyRequests, last.Status);
        Assert.Contains("Too many attempts", last.Text);
        Assert.Equal("text/html", last.ContentType);
    }
}
