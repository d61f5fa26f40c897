using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Standards;

/// <summary>New wording a member proposes for a paragraph, with a reason; the drafters answer every one after the round.</summary>
public sealed class StandardProposal
{
    public const int TextLength = 10_000;
    public const int ReasonLength = 4000;

    public long Id { get; set; }
    public int RoundId { get; set; }
    public int ParagraphId { get; set; }
    public StandardParagraph? Paragraph { get; set; }
    public string AuthorId { get; set; } = "";
    public AppUser? Author { get; set; }
    /// <summary>The proposed wording of the whole paragraph, as Markdown.</summary>
    public string ProposedText { get; set; } = "";
    public string ProposedHtml { get; set; } = "";
    public string Reason { get; set; } = "";
    public string ReasonHtml { get; set; } = "";
    public QuotingConsent Consent { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int SupportCount { get; set; }
    /// <summary>Why a moderator hid it from members, shown in its place; null while it is shown. The drafters still answer it.</summary>
    public string? HiddenReason { get; set; }
    /// <summary>
    /// Null until the drafters answer. It is the row's concurrency token: an answer is written only where none was, so
    /// of two drafters answering at once the second is told and changes nothing.
    /// </summary>
    public ProposalAnswer? Answer { get; set; }
    public string? AnswerReason { get; set; }
    public string? AnswerReasonHtml { get; set; }
    public string? AnsweredById { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
}
