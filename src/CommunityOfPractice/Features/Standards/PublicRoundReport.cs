namespace CommunityOfPractice.Features.Standards;

internal sealed record PublicRoundReport(PublicStandard Standard, ConsultationRound Round, RoundFigures Figures, IReadOnlyList<PublicProposal> Proposals, int? NextVersion);
