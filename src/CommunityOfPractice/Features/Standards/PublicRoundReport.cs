namespace CommunityOfPractice.Features.Standards;

public sealed record PublicRoundReport(PublicStandard Standard, ConsultationRound Round, RoundFigures Figures, IReadOnlyList<PublicProposal> Proposals, int? NextVersion);
