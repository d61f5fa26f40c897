namespace CommunityOfPractice.Features.Syntheses;

internal sealed record VersionSummary(int Id, int Number, DateTimeOffset FinalisedAt);
