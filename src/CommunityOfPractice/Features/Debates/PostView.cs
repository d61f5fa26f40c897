using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Debates;

/// <summary>A post as a viewer may see it: hidden and withdrawn posts keep their place as placeholders.</summary>
public sealed record PostView(
    long Id, long? ParentId, int Depth, long? QuotedPostId, int? QuestionId, string AuthorId, string AuthorName,
    PostKind Kind, PostStatus Status, string Html, string Markdown, string? HiddenReason, bool IsPinned, bool IsLocked,
    bool IsHighlighted, int HelpfulCount, DateTimeOffset CreatedAt, DateTimeOffset? EditedAt, QuotingConsent Consent)
{
    /// <summary>Earlier texts of an edited post, oldest first; filled for moderators only.</summary>
    public IReadOnlyList<string> Revisions { get; init; } = [];

    /// <summary>An edit waiting for a moderator, rendered; shown to moderators and to the author only.</summary>
    public string? PendingHtml { get; init; }

    /// <summary>The author's own waiting edit, as they typed it, to go on editing it.</summary>
    public string? PendingMarkdown { get; init; }

    /// <summary>The author's stakeholder group, when they chose to show it.</summary>
    public Membership.StakeholderCategory? AuthorGroup { get; init; }

    public bool IsVisibleText => Status is PostStatus.Published or PostStatus.Held;
}
