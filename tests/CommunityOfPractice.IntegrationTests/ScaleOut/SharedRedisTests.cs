using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.IntegrationTests.Hosting;
using CommunityOfPractice.Web.Features.Debates.Live;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityOfPractice.IntegrationTests.ScaleOut;

/// <summary>
/// Two communities may share one Redis (Redis:Prefix tells them apart): neither hears the other's live posts, even in
/// debates that have the same id in their own databases.
/// </summary>
public sealed class SharedRedisTests
{
    [Fact]
    public async Task A_community_sharing_Redis_never_receives_another_communitys_posts()
    {
        await using var first = new ClusterNode(await PostgreSqlServer.CreateDatabaseAsync(), "cop-first-" + Guid.NewGuid().ToString("N")[..8]);
        await using var second = new ClusterNode(await PostgreSqlServer.CreateDatabaseAsync(), "cop-second-" + Guid.NewGuid().ToString("N")[..8]);
        var opens = DateTimeOffset.UtcNow.AddHours(-1);
        var firstDebate = await DebateSetup.CreateAsync(first, opens, opens.AddDays(2));
        var secondDebate = await DebateSetup.CreateAsync(second, opens, opens.AddDays(2));
        Assert.Equal(firstDebate, secondDebate);

        var poster = await first.CreatePersonAsync("Poster in the first community", Roles.Member);
        var reader = await second.CreatePersonAsync("Reader in the second community", Roles.Member);
        using var posterBrowser = new Browser(first);
        await posterBrowser.SignInAsync(poster);
        using var readerBrowser = new Browser(second);
        await readerBrowser.SignInAsync(reader);
        await using var posting = await HubClients.ConnectAsync(first, posterBrowser);
        await using var reading = await HubClients.ConnectAsync(second, readerBrowser);
        await reading.InvokeAsync<object>("Join", secondDebate, 0L);
        var received = new List<string>();
        var arrived = new SemaphoreSlim(0);
        reading.On<HubPost>("PostAdded", post =>
        {
            lock (received)
            {
                received.Add(post.Html);
            }
            arrived.Release();
        });

        // The poster watches their own debate: once their post is back from Redis, it has been published there.
        await posting.InvokeAsync<object>("Join", firstDebate, 0L);
        var published = new SemaphoreSlim(0);
        posting.On<HubPost>("PostAdded", _ => published.Release());
        var elsewhere = await posting.InvokeAsync<PostAck>("Post", firstDebate, null, "Only for the first community.", QuotingConsent.QuoteWithName, Guid.NewGuid().ToString("N"));
        Assert.True(elsewhere.Accepted, elsewhere.Error);
        Assert.True(await published.WaitAsync(TimeSpan.FromSeconds(15)), "the first community's post did not come back from Redis within 15 s");
        // Then a post in the reader's own community, which must reach them: Redis delivers in order, so anything of the
        // first community's post on the same channel would have come before it.
        var neighbour = await second.CreatePersonAsync("Neighbour in the second community", Roles.Member);
        using var neighbourBrowser = new Browser(second);
        await neighbourBrowser.SignInAsync(neighbour);
        await using var own = await HubClients.ConnectAsync(second, neighbourBrowser);
        var ack = await own.InvokeAsync<PostAck>("Post", secondDebate, null, "For the second community.", QuotingConsent.QuoteWithName, Guid.NewGuid().ToString("N"));
        Assert.True(ack.Accepted, ack.Error);
        Assert.True(await arrived.WaitAsync(TimeSpan.FromSeconds(15)), "the reader did not get their own community's post within 15 s");

        lock (received)
        {
            var only = Assert.Single(received);
            Assert.Contains("For the second community.", only);
        }
    }
}
