namespace CommunityOfPractice.Web.Features.Standards;

public sealed record StandardDetail(string Slug, string Url, string Title, string Summary, string Language, int Version, bool IsFinal, DateTimeOffset PublishedAt,
    IReadOnlyList<StandardSectionItem> Sections, IReadOnlyList<StandardEndorsementItem> Endorsements, IReadOnlyList<StandardVersionLink> Versions,
    IReadOnlyList<StandardTranslationItem> Translations);
