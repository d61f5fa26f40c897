using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Standards;

/// <summary>
/// A comment or a proposal on a paragraph, addressed by its <see cref="StandardParagraph.Key"/> so a page showing an
/// older version is told the paragraph is gone instead of writing to the wrong one.
/// </summary>
internal sealed record ContributionCommand(int RoundId, string ParagraphKey, string? Text, string? Reason = null, QuotingConsent? Consent = null);
