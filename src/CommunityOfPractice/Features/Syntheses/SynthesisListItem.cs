namespace CommunityOfPractice.Features.Syntheses;

internal sealed record SynthesisListItem(int Id, int DebateId, string DebateTitle, DateTimeOffset DebateClosesAt, int? LatestVersion, DateTimeOffset? LatestFinalisedAt,
    DateTimeOffset UpdatedAt, DateTimeOffset? ReviewOpensAt, DateTimeOffset? ReviewClosesAt);
