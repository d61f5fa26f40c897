namespace CommunityOfPractice.Features.Standards;

internal sealed record PublishedStandardItem(string Slug, string Title, string Summary, string Language, int Number, DateTimeOffset PublishedAt, bool IsFinal,
    IReadOnlyList<PublishedVersionItem> Versions);
