using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Standards;

/// <summary>A comment, or a proposal with its supporters and, once the round has closed, its answer.</summary>
internal sealed record DemoContribution(string AuthorEmail, string Paragraph, bool Proposal, QuotingConsent Consent, string Text, string? Reason = null,
    ProposalAnswer? Answer = null, string? AnswerReason = null, string[]? Supporters = null);
