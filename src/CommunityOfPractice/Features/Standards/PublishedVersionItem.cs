namespace CommunityOfPractice.Features.Standards;

internal sealed record PublishedVersionItem(int Number, DateTimeOffset PublishedAt, bool HasReport = false);
