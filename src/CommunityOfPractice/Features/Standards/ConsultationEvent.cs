namespace CommunityOfPractice.Features.Standards;

/// <summary>What changed in a round, raised after commit: a proposal's support count, so the open pages update it.</summary>
/// <param name="ProposalId">Null for a resync: the page reloads its counts.</param>
internal sealed record ConsultationEvent(int RoundId, long? ProposalId, int SupportCount, bool FromAnotherNode = false);
