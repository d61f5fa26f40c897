namespace CommunityOfPractice.Features.Standards;

public sealed record StandardTranslationLink(string Language, string Slug, string Title);
