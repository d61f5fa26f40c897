namespace CommunityOfPractice.Features.Debates;

/// <summary>An open room's posts (in id order, as <see cref="DebateRoom.ForViewerAsync"/> reads them) patched by one event.</summary>
internal static class RoomPosts
{
    /// <summary>
    /// The room after <paramref name="postId"/> changed, now <paramref name="post"/> as the viewer sees it (null: not
    /// at all), or null when the room must be read again: a thread pinned or unpinned (the order changes), a thread
    /// that went out of sight, or a change outside the shown threads whose effect on the counter cannot be known.
    /// </summary>
    public static DebateRoomView? Apply(DebateRoomView room, long postId, PostView? post)
    {
        var patched = Patch(room, postId, post);
        return patched is null || post is null || post.Kind == PostKind.System || patched.Participants.Contains(post.AuthorId)
            ? patched
            : patched with { Participants = patched.Participants.Add(post.AuthorId) };
    }

    private static DebateRoomView? Patch(DebateRoomView room, long postId, PostView? post)
    {
        var posts = room.Posts;
        var index = IndexOf(posts, postId);
        var old = index >= 0 ? posts[index] : null;
        var counted = (post?.Status == PostStatus.Published ? 1 : 0) - (old?.Status == PostStatus.Published ? 1 : 0);
        if (old is not null)
        {
            if (post is null ? old.ParentId is null || posts.Any(p => p.ParentId == postId) : post.ParentId is null && post.IsPinned != old.IsPinned)
            {
                return null;
            }
            return room with { Posts = With(posts, postId, post), PublishedCount = room.PublishedCount + counted, NewestPostId = Math.Max(room.NewestPostId, postId) };
        }
        if (post is null)
        {
            // A post the viewer could not see, and still cannot.
            return room;
        }
        var isNew = postId > room.NewestPostId;
        if (post.ParentId is { } parentId)
        {
            if (IndexOf(posts, parentId) >= 0)
            {
                // A reply in a shown thread, new or newly visible (approved): every post of a shown thread is in the room.
                return room with { Posts = With(posts, postId, post), PublishedCount = room.PublishedCount + counted, NewestPostId = Math.Max(room.NewestPostId, postId) };
            }
            // In a thread out of sight: only the counter can change; a new post's effect on it is known, another's is counted.
            return isNew ? room with { PublishedCount = room.PublishedCount + counted, NewestPostId = postId } : room with { CountsStale = true };
        }
        if (post.IsPinned || (!isNew && room.Window.Shows(new ThreadHead(post.Id, post.QuestionId, IsPinned: false))))
        {
            // A thread pinned, or one that became visible (approved) among the shown ones: the room must show it.
            return null;
        }
        if (!isNew)
        {
            // The first post of a thread out of sight changed: the counters are counted again.
            return room with { CountsStale = true };
        }
        // A new thread: shown if the window reaches the newest threads, else counted after them.
        var withCount = room with { PublishedCount = room.PublishedCount + counted, NewestPostId = postId };
        if (room.QuestionFilter != 0 && post.QuestionId != room.QuestionFilter)
        {
            return withCount;
        }
        return room.Window.Shows(new ThreadHead(post.Id, post.QuestionId, IsPinned: false))
            ? withCount with { Posts = With(posts, postId, post) }
            : withCount with { ThreadsAfter = room.ThreadsAfter + 1 };
    }

    private static int IndexOf(IReadOnlyList<PostView> posts, long postId)
    {
        var (low, high) = (0, posts.Count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (posts[middle].Id == postId)
            {
                return middle;
            }
            if (posts[middle].Id < postId)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return ~low;
    }

    /// <summary>
    /// The posts with <paramref name="postId"/> as the viewer now sees it: replaced in its place, put in id order when
    /// new, or taken out when the viewer may no longer see it (<paramref name="post"/> is null).
    /// </summary>
    public static IReadOnlyList<PostView> With(IReadOnlyList<PostView> posts, long postId, PostView? post)
    {
        var index = IndexOf(posts, postId);
        if (index < 0 && post is null)
        {
            return posts;
        }
        var changed = posts.ToList();
        if (index < 0)
        {
            changed.Insert(~index, post!);
        }
        else if (post is null)
        {
            changed.RemoveAt(index);
        }
        else
        {
            changed[index] = post;
        }
        return changed;
    }
}
