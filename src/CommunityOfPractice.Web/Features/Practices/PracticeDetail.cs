namespace CommunityOfPractice.Web.Features.Practices;

public sealed record PracticeDetail(string Slug, string Url, string Title, string Summary, string BodyMarkdown, string BodyHtml, string Language, IReadOnlyList<string> Countries,
    IReadOnlyList<string> Regions, IReadOnlyList<string> NcdAreas, IReadOnlyList<string> Involvement, IReadOnlyList<string> Themes, IReadOnlyList<string> Tags,
    IReadOnlyList<string> Organisations, int? YearFrom, int? YearTo, IReadOnlyList<string> Links, string? ContactName, string? ContactEmail, string? Attribution,
    DateTimeOffset? FirstPublishedAt, DateTimeOffset PublishedAt, int Revision, IReadOnlyList<PracticeTranslationLink> Translations, IReadOnlyList<PracticeAttachmentLink> Attachments);
