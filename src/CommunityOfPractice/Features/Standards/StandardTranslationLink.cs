namespace CommunityOfPractice.Features.Standards;

internal sealed record StandardTranslationLink(string Language, string Slug, string Title);
