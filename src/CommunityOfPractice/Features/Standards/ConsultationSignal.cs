namespace CommunityOfPractice.Features.Standards;

/// <summary>A consultation event as it travels between nodes.</summary>
internal sealed record ConsultationSignal(int RoundId, long? ProposalId, int SupportCount);
