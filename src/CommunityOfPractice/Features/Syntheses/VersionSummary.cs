namespace CommunityOfPractice.Features.Syntheses;

public sealed record VersionSummary(int Id, int Number, DateTimeOffset FinalisedAt);
