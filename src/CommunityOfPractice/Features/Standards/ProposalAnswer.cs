namespace CommunityOfPractice.Features.Standards;

/// <summary>What the drafters made of a proposal.</summary>
public enum ProposalAnswer
{
    Accepted,
    AcceptedWithChanges,
    Declined,
}
