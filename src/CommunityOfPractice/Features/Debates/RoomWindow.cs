namespace CommunityOfPractice.Features.Debates;

/// <summary>
/// Which threads an open room shows, by their first posts' ids: from <paramref name="From"/> (null: the first) to
/// <paramref name="To"/> (null: the newest, so new threads appear as they are posted), and every pinned thread.
/// A long debate is read a page at a time, so a room holds and renders what it shows, not the whole debate.
/// </summary>
internal sealed record RoomWindow(long? From, long? To)
{
    /// <summary>The whole debate, as the hub's clients read it.</summary>
    public static readonly RoomWindow Everything = new(null, null);

    /// <summary>
    /// About this many posts (whole threads) make a page of the room: Discourse's chunk. Each open room holds the
    /// render tree of what it shows, so this sets its memory (about 10 KB a post) and its share of each live event.
    /// </summary>
    public const int PagePosts = 20;

    public bool Shows(ThreadHead thread) => thread.IsPinned || ((From is null || thread.Id >= From) && (To is null || thread.Id <= To));
}
