namespace CommunityOfPractice.Features.Standards;

/// <summary>
/// A proposal as the public report shows it: its wording, reason and author's credit only when the author agreed to be
/// quoted and a moderator did not hide it (<see cref="Attribution"/> null otherwise); its answer always.
/// </summary>
internal sealed record PublicProposal(long Id, string ParagraphNumber, string? Attribution, string? ProposedText, string? ProposedHtml, string? Reason, string? ReasonHtml,
    int Supports, ProposalAnswer? Answer, string AnswerReason, string AnswerReasonHtml, bool HiddenByModerator = false);
