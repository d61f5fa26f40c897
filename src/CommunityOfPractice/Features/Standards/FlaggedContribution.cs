using CommunityOfPractice.Features.Debates;

namespace CommunityOfPractice.Features.Standards;

/// <summary>A comment or proposal with flags no moderator has dealt with, as the moderation queue lists it.</summary>
/// <param name="SectionNumber">The section of the text it is on, for the link to its place on the consultation page.</param>
internal sealed record FlaggedContribution(
    ContributionKind Kind,
    long Id,
    int RoundId,
    string StandardSlug,
    string StandardTitle,
    string AuthorId,
    string AuthorName,
    string Excerpt,
    string SectionNumber,
    bool AuthorSuspended,
    IReadOnlyList<FlagReason> Reasons,
    IReadOnlyList<string> Notes,
    DateTimeOffset FirstFlaggedAt)
{
    public int Flags => Reasons.Count;
}
