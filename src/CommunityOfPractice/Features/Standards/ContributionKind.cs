namespace CommunityOfPractice.Features.Standards;

/// <summary>What a member contributes to a round and may flag, and a moderator may hide.</summary>
public enum ContributionKind
{
    Comment,
    Proposal,
}
