using CommunityOfPractice.BrowserTests.Hosting;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CommunityOfPractice.BrowserTests.ScaleOut;

/// <summary>A member's debate room on node B of two nodes sharing PostgreSQL and Redis.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TwoNodeRoomTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_room_on_node_B_shows_posts_made_on_either_node_within_a_second()
    {
        var database = await PostgreSqlServer.CreateDatabaseAsync();
        var prefix = "cop-rooms-" + Guid.NewGuid().ToString("N")[..8];
        await using var a = new ClusterNode(database, prefix);
        a.UseKestrel(0);
        a.StartServer();
        await using var b = new ClusterNode(database, prefix);
        b.UseKestrel(0);
        b.StartServer();
        Uri Address(ClusterNode node)
        {
            using var client = node.CreateClient();
            return client.BaseAddress!;
        }

        var debateId = await DebateSetup.CreateAsync(a, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        var reader = await a.CreatePersonAsync("Reader on node B", Roles.Member);
        var poster = await a.CreatePersonAsync("Poster on both nodes", Roles.Member);
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Address(b).ToString(), Locale = "en" });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, reader);
        await page.GotoAsync($"/debates/{debateId}");
        await Assertions.Expect(page.GetByTestId("post-button")).ToBeEnabledAsync();

        async Task PostOnAsync(ClusterNode node, string text)
        {
            await using var scope = node.Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<PostToDebate>().HandleAsync(poster.Id, new PostCommand(debateId, null, text, QuotingConsent.QuoteWithName));
            Assert.Empty(result.Errors);
        }
        // Warm-up: the room subscribes once its circuit has rendered; post until the room shows one live.
        var live = page.Locator("[data-post-id]", new() { HasText = "Warm-up" });
        for (var attempt = 0; await live.CountAsync() == 0; attempt++)
        {
            Assert.True(attempt < 15, "no post ever reached the room live");
            await PostOnAsync(attempt % 2 == 0 ? a : b, $"Warm-up {attempt}.");
            await page.WaitForTimeoutAsync(1000);
        }
        // Then node A's post crosses to node B's circuit through Redis; node B's own post is local.
        foreach (var (node, name) in new[] { (a, "A"), (b, "B") })
        {
            var text = $"Posted on node {name} and seen at once.";
            await PostOnAsync(node, text);
            await Assertions.Expect(page.Locator("[data-post-id]", new() { HasText = text })).ToBeVisibleAsync(new() { Timeout = 1000 });
        }
        await context.CloseAsync();
    }
}
