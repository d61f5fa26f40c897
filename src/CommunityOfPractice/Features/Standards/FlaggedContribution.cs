using CommunityOfPractice.Features.Debates;

namespace CommunityOfPractice.Features.Standards;

/// <summary>A comment or proposal with flags no moderator has dealt with, as the moderation queue lists it.</summary>
public sealed record FlaggedContribution(
    ContributionKind Kind,
    long Id,
    int RoundId,
    string StandardSlug,
    string StandardTitle,
    string AuthorId,
    string AuthorName,
    string Excerpt,
    bool AuthorSuspended,
    IReadOnlyList<FlagReason> Reasons,
    IReadOnlyList<string> Notes,
    DateTimeOffset FirstFlaggedAt)
{
    public int Flags => Reasons.Count;
}
