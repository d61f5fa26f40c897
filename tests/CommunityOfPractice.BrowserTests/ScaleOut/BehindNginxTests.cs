using System.Globalization;
using CommunityOfPractice.BrowserTests.Hosting;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Web.Features.Debates.Live;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;

namespace CommunityOfPractice.BrowserTests.ScaleOut;

/// <summary>
/// Two app processes on one PostgreSQL and one Redis behind Debian's nginx with ip_hash, as
/// samples/distributed deploys them. The browser goes through nginx and is pinned to one node ("B");
/// the poster talks to the other ("A") directly.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BehindNginxTests(BrowserFixture fixture)
{
    private const string Password = "behind nginx lantern orchard";

    [Fact]
    public async Task A_post_on_node_A_reaches_a_browser_and_a_hub_client_on_node_B_within_a_second()
    {
        var folder = Directory.CreateTempSubdirectory("cop-nginx-nodes-").FullName;
        var database = await PostgreSqlServer.CreateDatabaseAsync();
        var community = await NodeProcess.WriteCommunityAsync(folder, Password, DateTimeOffset.UtcNow.AddDays(2),
            "moderator@nginx.example.org", "reader@nginx.example.org", "poster@nginx.example.org");
        var shared = new Dictionary<string, string>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Default"] = database,
            ["Redis:Configuration"] = RedisServer.Configuration,
            ["Redis:Prefix"] = "cop-nginx-" + Guid.NewGuid().ToString("N")[..8],
        };
        await using var first = await NodeProcess.StartAsync(new Dictionary<string, string>(shared) { ["DataDirectory"] = Path.Combine(folder, "1"), ["Demo:Seed"] = "true", ["Demo:Path"] = community });
        await using var second = await NodeProcess.StartAsync(new Dictionary<string, string>(shared) { ["DataDirectory"] = Path.Combine(folder, "2") });
        await using var nginx = await NginxProxy.StartAsync(first.BaseAddress, second.BaseAddress);

        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = nginx.BaseAddress.ToString(), Locale = "en" });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        // In French: what the circuit renders for an event from another thread must be in the reader's language too.
        await SignIn.AsAsync(page, new TestPerson("", "reader@nginx.example.org", Password, "reader", null), "fr");
        var room = await page.GotoAsync("/debates/1");
        var pinned = room!.Headers["x-upstream"];
        var (a, b) = pinned == $"{first.BaseAddress.Host}:{first.BaseAddress.Port}" ? (second, first) : (first, second);
        Assert.Equal($"{b.BaseAddress.Host}:{b.BaseAddress.Port}", pinned);
        await Assertions.Expect(page.GetByTestId("post-button")).ToBeEnabledAsync(new() { Timeout = 15_000 });

        await using var listener = await ConnectAsync(b, "reader@nginx.example.org");
        var received = new List<string>();
        listener.On<CommunityOfPractice.Web.Features.Debates.Live.HubPost>("PostAdded", post =>
        {
            lock (received)
            {
                received.Add(post.Html);
            }
        });
        await listener.InvokeAsync<object>("Join", 1, long.MaxValue);
        await using var poster = await ConnectAsync(a, "poster@nginx.example.org");

        // Warm-up: the first event through each node's code paths pays for their compilation (seconds on a cold
        // node); a deployment's first post is as slow once. It must arrive, just not within the second.
        var warmUp = await poster.InvokeAsync<PostAck>("Post", 1, null, "Warm-up through node A.", QuotingConsent.QuoteWithName, Guid.NewGuid().ToString("N"));
        Assert.True(warmUp.Accepted, warmUp.Error);
        await Assertions.Expect(page.Locator("[data-post-id]", new() { HasText = "Warm-up through node A." })).ToBeVisibleAsync(new() { Timeout = 15_000 });

        for (var i = 0; i < 3; i++)
        {
            var text = $"Posted on node A, seen on node B ({i}).";
            var ack = await poster.InvokeAsync<PostAck>("Post", 1, null, text, QuotingConsent.QuoteWithName, Guid.NewGuid().ToString("N"));
            Assert.True(ack.Accepted, ack.Error);
            var shown = page.Locator("[data-post-id]", new() { HasText = text });
            await Assertions.Expect(shown).ToBeVisibleAsync(new() { Timeout = 10_000 });
            var createdAt = DateTimeOffset.Parse((await shown.Locator("time").First.GetAttributeAsync("datetime"))!, CultureInfo.InvariantCulture);
            // In the reader's language: "maintenant" (or "il y a …") in words, the French date in the link's title.
            await Assertions.Expect(shown.Locator("time").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("maintenant|il y a"));
            await Assertions.Expect(shown.Locator("a.post-time").First).ToHaveAttributeAsync("title",
                new System.Text.RegularExpressions.Regex(CultureInfo.GetCultureInfo("fr").DateTimeFormat.GetMonthName(createdAt.UtcDateTime.Month)));
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (!Received(text) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
            Assert.True(Received(text), $"The hub client on node B did not get post {i} within 10 seconds.");
        }
        await context.CloseAsync();

        bool Received(string text)
        {
            lock (received)
            {
                return received.Any(html => html.Contains(text, StringComparison.Ordinal));
            }
        }
    }

    private static async Task<HubConnection> ConnectAsync(NodeProcess node, string email)
    {
        var cookie = await node.SignInAsync(email, Password);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(node.BaseAddress, "/hubs/debates"), options => options.Headers["Cookie"] = cookie)
            .Build();
        await connection.StartAsync();
        return connection;
    }
}
