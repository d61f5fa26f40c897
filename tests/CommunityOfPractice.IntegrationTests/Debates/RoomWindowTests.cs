using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Debates;

/// <summary>Where a reader lands in a long debate, and how far what they were shown counts as seen.</summary>
[Collection(AppCollection.Name)]
public sealed class RoomWindowTests(CommunityAppFactory app)
{
    [Fact]
    public async Task A_late_reply_in_the_first_thread_does_not_mark_the_threads_never_shown_as_seen()
    {
        var debateId = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        var author = await app.CreatePersonAsync("Window Author", Roles.Member);
        var reader = await app.CreatePersonAsync("Window Reader", Roles.Member);
        var threads = await DebateSetup.AddThreadsAsync(app, debateId, author, 60);
        await using var scope = app.Services.CreateAsyncScope();
        var reply = await scope.ServiceProvider.GetRequiredService<PostToDebate>().HandleAsync(author.Id, new PostCommand(debateId, threads[0], "A late reply to the first thread.", null));
        Assert.NotNull(reply.Value);
        var rooms = scope.ServiceProvider.GetRequiredService<DebateRoom>();

        // A first visit: the beginning, a page of whole threads, the late reply with its thread.
        var first = (await rooms.ForViewerAsync(debateId, reader.Id, viewerIsModerator: false, window: null))!;
        Assert.Equal(threads[0], first.Posts[0].Id);
        Assert.Contains(first.Posts, p => p.Id == reply.Value.Id);
        Assert.Equal(RoomWindow.PagePosts, first.Posts.Count);
        Assert.Equal(0, first.ThreadsBefore);
        Assert.Equal(60 - (RoomWindow.PagePosts - 1), first.ThreadsAfter);
        Assert.Equal(61, first.PublishedCount);

        // Seen: up to the first thread not shown, not up to the reply, the newest post shown.
        var firstUnshown = threads[RoomWindow.PagePosts - 1];
        Assert.Equal(firstUnshown - 1, first.SeenThrough);
        await rooms.MarkSeenAsync(debateId, reader.Id, first.SeenThrough);

        // The next visit starts no later than the first thread never shown. (Here it starts at the first thread again:
        // "seen" is one number per reader and debate, and the late reply is newer than it.)
        var next = (await rooms.ForViewerAsync(debateId, reader.Id, viewerIsModerator: false, window: null))!;
        var landedOn = next.Posts.Where(p => p.ParentId is null).Min(p => p.Id);
        Assert.True(landedOn <= firstUnshown, $"The next visit landed on thread {landedOn}, after thread {firstUnshown}, which the reader was never shown.");
        Assert.Equal(firstUnshown - 1, next.SeenThrough);

        // A link to the last thread lands on a full page that ends with it: the threads before it give it its context.
        var linked = (await rooms.ForViewerAsync(debateId, reader.Id, viewerIsModerator: false, window: null, aroundPostId: threads[^1]))!;
        Assert.Equal(threads.TakeLast(RoomWindow.PagePosts), linked.Posts.Select(p => p.Id));
        Assert.Null(linked.Window.To);
        Assert.Equal(60 - RoomWindow.PagePosts, linked.ThreadsBefore);

        // A link to a thread in the middle still starts the page with it.
        var middle = (await rooms.ForViewerAsync(debateId, reader.Id, viewerIsModerator: false, window: null, aroundPostId: threads[20]))!;
        Assert.Equal(threads[20], middle.Posts.First(p => p.ParentId is null).Id);
        Assert.Equal(RoomWindow.PagePosts, middle.Posts.Count);
    }
}
