using System.Threading.Channels;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.IntegrationTests.Hosting;
using CommunityOfPractice.Web.Features.Debates.Live;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Debates;

[Collection(AppCollection.Name)]
public sealed class DebateHubTests(CommunityAppFactory app)
{
    private async Task<(Browser Browser, TestPerson Person)> SignedInMemberAsync(string name)
    {
        var person = await app.CreatePersonAsync(name, Roles.Member);
        var browser = new Browser(app);
        await browser.SignInAsync(person);
        return (browser, person);
    }

    [Fact]
    public async Task A_stuck_room_delays_neither_the_poster_nor_the_other_rooms()
    {
        var debateId = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        var (posterBrowser, _) = await SignedInMemberAsync("Unhindered Poster");
        var (readerBrowser, _) = await SignedInMemberAsync("Unhindered Reader");
        await using var poster = await HubClients.ConnectAsync(app, posterBrowser);
        await using var reader = await HubClients.ConnectAsync(app, readerBrowser);
        var readerHeard = Channel.CreateUnbounded<HubPost>();
        reader.On<HubPost>("PostAdded", post => readerHeard.Writer.TryWrite(post));
        await reader.InvokeAsync<IReadOnlyList<HubPost>>("Join", debateId, 0L);

        // One open room that hangs on every event (a circuit whose browser froze), and one that does not.
        var notifier = app.Services.GetRequiredService<DebateNotifier>();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stuckHeard = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stuckRoom = notifier.Subscribe(debateId, async _ =>
        {
            stuckHeard.TrySetResult();
            await release.Task;
        });
        var otherRoomHeard = new TaskCompletionSource<long?>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var otherRoom = notifier.Subscribe(debateId, e =>
        {
            if (e.Kind == DebateEventKind.PostAdded)
            {
                otherRoomHeard.TrySetResult(e.PostId);
            }
            return Task.CompletedTask;
        });

        try
        {
            var ack = await poster.InvokeAsync<PostAck>("Post", debateId, (long?)null, "Nobody waits for a frozen page.", QuotingConsent.QuoteWithName, Guid.NewGuid().ToString("N"))
                .WaitAsync(TimeSpan.FromSeconds(30));
            Assert.True(ack.Accepted, ack.Error);
            Assert.Equal(ack.PostId, await otherRoomHeard.Task.WaitAsync(TimeSpan.FromSeconds(30)));
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            Assert.Equal(ack.PostId, (await readerHeard.Reader.ReadAsync(timeout.Token)).Id);
            await stuckHeard.Task.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.False(release.Task.IsCompleted, "The stuck room was still stuck all along.");
        }
        finally
        {
            release.TrySetResult();
        }
    }

    /// <summary>The hub speaks JSON and MessagePack, and a post crosses from a client of one to a client of the other.</summary>
    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public async Task A_post_from_one_hub_client_reaches_another_in_the_same_debate(bool aliceSpeaksMessagePack, bool bobSpeaksMessagePack)
    {
        var debateId = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        var (aliceBrowser, _) = await SignedInMemberAsync("Alice Hub");
        var (bobBrowser, _) = await SignedInMemberAsync("Bob Hub");
        await using var alice = await HubClients.ConnectAsync(app, aliceBrowser, aliceSpeaksMessagePack);
        await using var bob = await HubClients.ConnectAsync(app, bobBrowser, bobSpeaksMessagePack);
        var received = Channel.CreateUnbounded<HubPost>();
        bob.On<HubPost>("PostAdded", post => received.Writer.TryWrite(post));
        await alice.InvokeAsync<IReadOnlyList<HubPost>>("Join", debateId, 0L);
        await bob.InvokeAsync<IReadOnlyList<HubPost>>("Join", debateId, 0L);

        var ack = await alice.InvokeAsync<PostAck>("Post", debateId, (long?)null, "Peer support **works**.", QuotingConsent.QuoteWithName, Guid.NewGuid().ToString("N"));

        Assert.True(ack.Accepted, ack.Error);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var post = await received.Reader.ReadAsync(timeout.Token);
        Assert.Equal(ack.PostId, post.Id);
        Assert.Equal("Alice Hub", post.AuthorName);
        Assert.Contains("<strong>works</strong>", post.Html);
        Assert.Equal(PostKind.Member, post.Kind);
        Assert.Equal(QuotingConsent.QuoteWithName, post.Consent);
        Assert.Equal(ack.Status, post.Status);
        Assert.InRange(post.CreatedAt, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
        // What Join returns crosses the same way.
        var joined = await bob.InvokeAsync<IReadOnlyList<HubPost>>("Join", debateId, 0L);
        var again = Assert.Single(joined);
        Assert.Equal((post.Id, post.Html, post.Status, post.Consent), (again.Id, again.Html, again.Status, again.Consent));
    }

    [Fact]
    public async Task A_retried_client_request_id_lands_once()
    {
        var debateId = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        var (browser, person) = await SignedInMemberAsync("Retry Hub");
        await using var hub = await HubClients.ConnectAsync(app, browser);
        var requestId = Guid.NewGuid().ToString("N");

        var attempts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
            hub.InvokeAsync<PostAck>("Post", debateId, (long?)null, "Said once, sent three times.", (QuotingConsent?)null, requestId)));

        Assert.All(attempts, a => Assert.True(a.Accepted, a.Error));
        Assert.Single(attempts.Select(a => a.PostId).Distinct());
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Posts.CountAsync(p => p.AuthorId == person.Id && p.DebateId == debateId));
    }

    [Fact]
    public async Task A_reconnecting_client_catches_up_from_the_last_post_it_saw()
    {
        var debateId = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        var (browser, _) = await SignedInMemberAsync("Catch Up");
        await using var hub = await HubClients.ConnectAsync(app, browser);
        var first = await hub.InvokeAsync<PostAck>("Post", debateId, (long?)null, "First.", (QuotingConsent?)null, Guid.NewGuid().ToString("N"));
        var second = await hub.InvokeAsync<PostAck>("Post", debateId, (long?)null, "Second.", (QuotingConsent?)null, Guid.NewGuid().ToString("N"));

        var missed = await hub.InvokeAsync<IReadOnlyList<HubPost>>("Join", debateId, first.PostId!.Value);

        Assert.Equal([second.PostId!.Value], missed.Select(p => p.Id));
    }

    [Fact]
    public async Task A_pending_applicant_cannot_connect_to_the_hub()
    {
        var pending = await app.CreatePersonAsync("Pending Hub");
        using var browser = new Browser(app);
        await browser.SignInAsync(pending);
        await Assert.ThrowsAnyAsync<Exception>(() => HubClients.ConnectAsync(app, browser));
    }

    [Fact]
    public async Task Anonymous_clients_cannot_connect_to_the_hub()
    {
        using var browser = new Browser(app);
        await Assert.ThrowsAnyAsync<Exception>(() => HubClients.ConnectAsync(app, browser));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_post_is_refused_over_the_hub_and_nothing_is_saved(string text)
    {
        var debateId = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        var (browser, person) = await SignedInMemberAsync("Empty Hub");
        await using var hub = await HubClients.ConnectAsync(app, browser);
        var ack = await hub.InvokeAsync<PostAck>("Post", debateId, (long?)null, text, (QuotingConsent?)null, Guid.NewGuid().ToString("N"));
        Assert.False(ack.Accepted, "An empty post should be refused over the hub.");
        Assert.Equal("Write something before posting.", ack.Error);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Posts.AnyAsync(p => p.AuthorId == person.Id),
            "Nothing should be saved for a refused empty post.");
    }

    [Fact]
    public async Task More_than_ten_posts_a_minute_are_refused_over_the_hub()
    {
        var debateId = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        var (browser, _) = await SignedInMemberAsync("Fast Poster");
        await using var hub = await HubClients.ConnectAsync(app, browser);
        var acks = new List<PostAck>();
        for (var i = 0; i < 11; i++)
        {
            acks.Add(await hub.InvokeAsync<PostAck>("Post", debateId, (long?)null, $"Post number {i}", (QuotingConsent?)null, Guid.NewGuid().ToString("N")));
        }
        Assert.All(acks.Take(10), a => Assert.True(a.Accepted, a.Error));
        Assert.False(acks[10].Accepted, "The eleventh post within a minute should be refused by the rate limit.");
        Assert.Contains("10 times in a minute", acks[10].Error);
    }
}
