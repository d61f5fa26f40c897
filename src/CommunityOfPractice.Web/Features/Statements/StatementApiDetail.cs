namespace CommunityOfPractice.Web.Features.Statements;

public sealed record StatementApiDetail(string Slug, string Url, string Title, string Language, string Markdown, string Html,
    DateTimeOffset OpensAt, DateTimeOffset ClosesAt, DateTimeOffset PublishedAt,
    IReadOnlyList<StatementApiSignatory> Signatories, IReadOnlyList<StatementApiTranslation> Translations, IReadOnlyList<StatementApiFile> Toolkit);
