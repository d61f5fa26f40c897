namespace CommunityOfPractice.Web.Features.Practices;

public sealed record PracticeListItem(string Slug, string Url, string Title, string Summary, string Language, IReadOnlyList<string> Countries, IReadOnlyList<string> Regions,
    IReadOnlyList<string> NcdAreas, IReadOnlyList<string> Involvement, IReadOnlyList<string> Themes, IReadOnlyList<int> Years, DateTimeOffset PublishedAt, string? Snippet);
