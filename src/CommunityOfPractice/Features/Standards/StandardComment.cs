using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Standards;

/// <summary>A member's comment on a paragraph during a round.</summary>
public sealed class StandardComment
{
    public const int MaxLength = 10_000;
    public const int ReasonLength = 1000;

    public long Id { get; set; }
    public int RoundId { get; set; }
    public int ParagraphId { get; set; }
    public StandardParagraph? Paragraph { get; set; }
    public string AuthorId { get; set; } = "";
    public AppUser? Author { get; set; }
    public string Markdown { get; set; } = "";
    public string Html { get; set; } = "";
    public QuotingConsent Consent { get; set; }
    public StandardCommentStatus Status { get; set; }
    /// <summary>Why a moderator hid it, shown in its place.</summary>
    public string? HiddenReason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
