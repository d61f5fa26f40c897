using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Practices;

/// <summary>A debate post highlighted for synthesis, as a curator may turn it into a draft entry.</summary>
internal sealed record HighlightedPost(long PostId, int DebateId, string DebateTitle, string AuthorName, QuotingConsent Consent, string Excerpt, DateTimeOffset At, int? DraftId);
