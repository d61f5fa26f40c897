using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Debates;

/// <summary>What a member sends to a debate room, from the page or the hub.</summary>
internal sealed record PostCommand(
    int DebateId,
    long? ParentId,
    string? Markdown,
    QuotingConsent? Consent,
    string? ClientRequestId = null,
    int? QuestionId = null,
    PostKind Kind = PostKind.Member);
