using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Debates;

public sealed class Post
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
