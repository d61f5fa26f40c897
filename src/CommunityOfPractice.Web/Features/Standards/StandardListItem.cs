namespace CommunityOfPractice.Web.Features.Standards;

public sealed record StandardListItem(string Slug, string Url, string Title, string Summary, string Language, int Version, bool IsFinal, DateTimeOffset PublishedAt,
    IReadOnlyList<StandardVersionLink> Versions);
