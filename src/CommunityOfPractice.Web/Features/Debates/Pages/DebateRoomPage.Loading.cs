using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Web.Features.Debates.Pages.Room;

namespace CommunityOfPractice.Web.Features.Debates.Pages;

/// <summary>The room's loads and live patches, in turn, and its posts indexed by id and by parent.</summary>
public partial class DebateRoomPage
{
    /// <summary>
    /// Loads and patches would overlap (an event arrives while the person's own action reloads the room): they take
    /// turns, so each one reads after the one before it applied, and an older view never replaces a newer one.
    /// </summary>
    private readonly SemaphoreSlim loading = new(1, 1);

    /// <summary>
    /// What the reader has seen: every post up to the first one they have not been shown, so a next visit lands on it,
    /// not after the threads they never opened.
    /// </summary>
    private async Task MarkSeenAsync()
    {
        if (room is { SeenThrough: > 0 } && room.SeenThrough > room.LastSeenPostId)
        {
            await using var scope = Scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DebateRoom>().MarkSeenAsync(Id, viewerId, room.SeenThrough);
        }
    }

    private long? anchorPostId;

    /// <summary>Reads the room again, keeping its window (widened by <paramref name="move"/>), or landing afresh.</summary>
    private async Task ReloadAsync(RoomMove move = RoomMove.None, bool land = false, RoomWindow? window = null)
    {
        await loading.WaitAsync();
        try
        {
            await using var scope = Scopes.CreateAsyncScope();
            var loaded = await scope.ServiceProvider.GetRequiredService<DebateRoom>().ForViewerAsync(Id, viewerId, isModerator,
                land ? null : window ?? room?.Window, questionFilter, land ? anchorPostId : null, move);
            var loadedFollowing = await scope.ServiceProvider.GetRequiredService<FollowDebate>().IsFollowingAsync(Id, viewerId);
            var previousCloses = room?.Debate.ClosesAt;
            (room, following) = (loaded, loadedFollowing);
            if (previousCloses is not null && room is not null && room.Debate.ClosesAt != previousCloses)
            {
                ArmTransitionTimer();
            }
        }
        finally
        {
            loading.Release();
        }
    }

    private async Task MoveAsync(RoomMove move)
    {
        await ReloadAsync(move);
        await MarkSeenAsync();
    }

    private Task FilterAsync() => ReloadAsync(land: true);

    /// <summary>
    /// Someone's post was added or changed: the room reads that one post, as this viewer may see it, and puts it in its
    /// place (<see cref="RoomPosts.Apply"/>); the room is read again only when that cannot tell the result (a thread
    /// pinned, a change out of sight), or when the debate itself changed. A moderator's voice balance is counted again,
    /// once per event for all of this node's rooms.
    /// </summary>
    private async Task<bool> TryPatchAsync(DebateEvent debateEvent)
    {
        if (room is null || debateEvent.Kind == DebateEventKind.StateChanged || debateEvent.PostId is not { } postId)
        {
            return false;
        }
        await loading.WaitAsync();
        try
        {
            if (room is null)
            {
                return false;
            }
            await using var scope = Scopes.CreateAsyncScope();
            var reader = scope.ServiceProvider.GetRequiredService<DebateRoom>();
            var post = debateEvent.TryViewFor(viewerId, isModerator, out var carried) ? carried : await reader.PostAsync(postId, viewerId, isModerator);
            if (RoomPosts.Apply(room, postId, post) is not { } patched)
            {
                return false;
            }
            if (patched.CountsStale)
            {
                patched = await reader.RecountAsync(patched, viewerId, isModerator);
            }
            room = isModerator ? patched with { Balance = await SharedBalance(debateEvent) } : patched;
            if (debateEvent.Kind == DebateEventKind.PostAdded && post is { Status: PostStatus.Published } added && added.AuthorId != viewerId)
            {
                arrived.Add(added.Id);
                announcer?.Heard();
            }
            return true;
        }
        finally
        {
            loading.Release();
        }
    }

    /// <summary>
    /// The voice balance after an event, counted once for every moderator's room on this node that hears it (they all
    /// hear the same event object), not once per room.
    /// </summary>
    private Task<VoiceBalance> SharedBalance(DebateEvent debateEvent) => Balances.GetValue(debateEvent, _ => CountBalanceAsync());

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DebateEvent, Task<VoiceBalance>> Balances = new();

    private async Task<VoiceBalance> CountBalanceAsync()
    {
        await using var scope = Scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DebateRoom>().BalanceAsync(Id);
    }

    private async Task ToggleFollowAsync()
    {
        await using var scope = Scopes.CreateAsyncScope();
        var follows = scope.ServiceProvider.GetRequiredService<FollowDebate>();
        await follows.SetAsync(Id, viewerId, !following);
        following = await follows.IsFollowingAsync(Id, viewerId);
    }

    /// <summary>The composer's post was accepted: the room shows it, and a new thread posted from an earlier page goes to the newest page.</summary>
    private async Task OnPostedAsync(Post post)
    {
        replyTo = null;
        focusPostId = post.Id;
        if (post.Status == PostStatus.Held)
        {
            notice = L["Your post waits for a moderator before others can see it."];
        }
        if (post.ParentId is null && room?.Window.To is not null)
        {
            // A new thread, and the reader is on an earlier page: they go to the newest page, and to their post on it.
            anchorPostId = post.Id;
            await ReloadAsync(RoomMove.Earlier, window: new RoomWindow(long.MaxValue, null));
        }
        else
        {
            await ReloadAsync();
        }
    }

    private IEnumerable<PostView> TopLevel()
    {
        IndexPosts();
        return room!.Posts
            .Where(p => p.ParentId is null)
            .OrderByDescending(p => p.IsPinned).ThenBy(p => p.Id);
    }

    /// <summary>The room's posts by id and by parent, built again only when the posts change (not for every post rendered).</summary>
    private IReadOnlyList<PostView>? indexedPosts;
    private Dictionary<long, PostView> postsById = [];
    private Dictionary<long, List<PostView>> repliesByParent = [];

    private void IndexPosts()
    {
        if (ReferenceEquals(indexedPosts, room!.Posts))
        {
            return;
        }
        indexedPosts = room.Posts;
        postsById = room.Posts.ToDictionary(p => p.Id);
        // The posts are in id order, and grouping keeps that order within each parent.
        repliesByParent = room.Posts.Where(p => p.ParentId is not null).GroupBy(p => p.ParentId!.Value).ToDictionary(g => g.Key, g => g.ToList());
    }

    private IReadOnlyList<PostView> RepliesTo(long id) => repliesByParent.TryGetValue(id, out var replies) ? replies : [];
}
