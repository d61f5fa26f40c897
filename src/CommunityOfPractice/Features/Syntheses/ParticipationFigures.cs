namespace CommunityOfPractice.Features.Syntheses;

/// <summary>Who took part and how much: counts published member posts, whatever their authors' quoting consent.</summary>
internal sealed record ParticipationFigures(
    int Participants,
    int Posts,
    int PostsFromPeopleLivingWithNcds,
    double PercentFromPeopleLivingWithNcds,
    IReadOnlyList<FigureRow> ByCategory,
    IReadOnlyList<FigureRow> ByRegion,
    IReadOnlyList<FigureRow> ByCountry,
    IReadOnlyList<FigureRow> ByDay);
