using CommunityOfPractice.Features.Syntheses;

namespace CommunityOfPractice.Features.Standards;

/// <summary>
/// Who took part in a round and how much. Every published contribution counts, whatever its author's consent;
/// <see cref="Quotable"/> holds only those whose authors agreed to be quoted.
/// </summary>
internal sealed record RoundFigures(
    int Comments,
    int Proposals,
    int Participants,
    int ParticipantsLivingWithNcds,
    double PercentFromPeopleLivingWithNcds,
    IReadOnlyList<FigureRow> ByCategory,
    IReadOnlyList<FigureRow> ByRegion,
    IReadOnlyList<RoundContribution> Quotable);
