using System.Collections.Immutable;

namespace CommunityOfPractice.Features.Debates;

internal sealed record DebateRoomView(
    Debate Debate, IReadOnlyList<GuidingQuestion> Questions, IReadOnlyList<PostView> Posts, bool ViewerIsSuspended,
    long LastSeenPostId, VoiceBalance? Balance, IReadOnlySet<long> HelpfulByViewer)
{

    /// <summary>The threads shown; <see cref="Posts"/> holds their posts, and only theirs.</summary>
    public RoomWindow Window { get; init; } = RoomWindow.Everything;

    /// <summary>The guiding question the threads are filtered by (0: all).</summary>
    public int QuestionFilter { get; init; }

    /// <summary>
    /// Who has taken part: the authors of the posts the viewer may see (a hidden or withdrawn post leaves its place, so
    /// the set only grows), updated by each event rather than counted again.
    /// </summary>
    public ImmutableHashSet<string> Participants { get; init; } = [];

    /// <summary>Published posts in the whole debate, the room's counter.</summary>
    public int PublishedCount { get; init; }

    /// <summary>The newest post the viewer may see in the whole debate, shown or not.</summary>
    public long NewestPostId { get; init; }

    /// <summary>
    /// Set by <see cref="RoomPosts.Apply"/> when a change out of sight may have changed the counters: the room counts
    /// them again (<see cref="DebateRoom.RecountAsync"/>), a few numbers, instead of reading itself again.
    /// </summary>
    public bool CountsStale { get; init; }

    /// <summary>Every post up to this id that the viewer may see is shown or was seen before: how far "seen" may be marked.</summary>
    public long SeenThrough { get; init; }

    /// <summary>Threads (of the chosen guiding question) before the shown ones, and after them: counted, not held.</summary>
    public int ThreadsBefore { get; init; }

    public int ThreadsAfter { get; init; }
}
