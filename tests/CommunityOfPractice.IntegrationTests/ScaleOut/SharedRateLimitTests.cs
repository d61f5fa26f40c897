using System.Net;
using CommunityOfPractice.IntegrationTests.Hosting;

namespace CommunityOfPractice.IntegrationTests.ScaleOut;

public sealed class SharedRateLimitTests(RateLimitedTwoNodes nodes) : IClassFixture<RateLimitedTwoNodes>
{
    [Fact]
    public async Task The_form_limit_counts_the_posts_a_client_makes_on_every_node()
    {
        using var onA = new Browser(nodes.A);
        using var onB = new Browser(nodes.B);
        var fields = new Dictionary<string, string> { ["Input.Email"] = "nobody@example.org", ["Input.Password"] = "whatever it is" };
        var statuses = new List<HttpStatusCode>();
        foreach (var browser in new[] { onA, onB, onA })
        {
            statuses.Add((await browser.SubmitAsync("/Account/Login", "login", fields)).Status);
        }
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses);
        // Node B has seen one post of this client, but the limit is for the client across the nodes.
        var fourth = await onB.SubmitAsync("/Account/Login", "login", fields);
        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.Status);
        Assert.Contains("Too many attempts", fourth.Text);
    }
}
