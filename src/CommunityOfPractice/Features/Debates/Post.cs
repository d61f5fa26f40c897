using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Debates;

public class Post
{
    public const int MaxDepth = 3;
    public const int MaxLength = 20_000;
    public static readonly TimeSpan EditWindow = TimeSpan.FromMinutes(15);

    public long Id { get; set; }
    public int DebateId { get; set; }
    public Debate? Debate { get; set; }
    public string AuthorId { get; set; } = "";
    public AppUser? Author { get; set; }
    public long? ParentId { get; set; }
    /// <summary>1 for a top-level post, up to <see cref="MaxDepth"/>.</summary>
    public int Depth { get; set; } = 1;
    /// <summary>A reply aimed below the deepest level becomes a sibling quoting the post it answered.</summary>
    public long? QuotedPostId { get; set; }
    public int? QuestionId { get; set; }
    public string Markdown { get; set; } = "";
    public string Html { get; set; } = "";
    public QuotingConsent Consent { get; set; }
    public PostStatus Status { get; set; }
    public string? HiddenReason { get; set; }
    public PostKind Kind { get; set; }
    public bool IsPinned { get; set; }
    public bool IsLocked { get; set; }
    public bool IsHighlighted { get; set; }
    public int HelpfulCount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? EditedAt { get; set; }
    /// <summary>
    /// An edit of a published post in a debate that holds this author's posts: it waits here for a moderator, and
    /// everyone else keeps reading the approved <see cref="Markdown"/> meanwhile.
    /// </summary>
    public string? PendingMarkdown { get; set; }
    public string? PendingHtml { get; set; }
    public DateTimeOffset? PendingEditAt { get; set; }
    /// <summary>The client's id for this post: a retry with the same id lands once.</summary>
    public string? ClientRequestId { get; set; }
    public List<PostRevision> Revisions { get; set; } = [];

    /// <summary>Hidden and withdrawn posts show only a placeholder; held posts only to their author and moderators.</summary>
    public bool IsVisibleTo(string viewerId, bool viewerIsModerator) => Status switch
    {
        PostStatus.Published => true,
        PostStatus.Held => viewerIsModerator || AuthorId == viewerId,
        _ => false,
    };
}

public enum PostStatus
{
    Published,
    /// <summary>Waiting for a moderator (pre-moderation).</summary>
    Held,
    Hidden,
    Withdrawn,
}

public enum PostKind
{
    Member,
    /// <summary>Written by a moderator as moderator: badged.</summary>
    Moderator,
    /// <summary>A moderator's announcement to the whole room.</summary>
    Announcement,
    /// <summary>Posted by the platform itself, e.g. the closing notice.</summary>
    System,
}

/// <summary>The text a post had before an edit; moderators see the history.</summary>
public class PostRevision
{
    public long Id { get; set; }
    public long PostId { get; set; }
    public string Markdown { get; set; } = "";
    public DateTimeOffset ReplacedAt { get; set; }
}

public class HelpfulMark
{
    public long PostId { get; set; }
    public string UserId { get; set; } = "";
    public DateTimeOffset At { get; set; }
}

public class PostFlag
{
    public long Id { get; set; }
    public long PostId { get; set; }
    public Post? Post { get; set; }
    public string UserId { get; set; } = "";
    public FlagReason Reason { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset At { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
}

public enum FlagReason
{
    Spam,
    Abusive,
    OffTopic,
    DisclosesHealthInformation,
    Other,
}

public class DebateSuspension
{
    public int DebateId { get; set; }
    public string UserId { get; set; } = "";
    public string Reason { get; set; } = "";
    public DateTimeOffset At { get; set; }
}

/// <summary>When a member last looked at a debate room: what came after is "new since your last visit".</summary>
public class DebateVisit
{
    public int DebateId { get; set; }
    public string UserId { get; set; } = "";
    public long LastSeenPostId { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>A member follows a debate: its window appears in their calendar feed. Posting follows it too.</summary>
public class DebateFollow
{
    public int DebateId { get; set; }
    public string UserId { get; set; } = "";
    public DateTimeOffset At { get; set; }
}
