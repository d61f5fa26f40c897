namespace CommunityOfPractice.Features.Standards;

public sealed record AnswerCommand(long ProposalId, ProposalAnswer? Answer, string? Reason);
