namespace CommunityOfPractice.Features.Standards;

internal sealed record AnswerCommand(long ProposalId, ProposalAnswer? Answer, string? Reason);
