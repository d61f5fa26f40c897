namespace CommunityOfPractice.Features.Standards;

public sealed record PublishedVersionItem(int Number, DateTimeOffset PublishedAt, bool HasReport = false);
