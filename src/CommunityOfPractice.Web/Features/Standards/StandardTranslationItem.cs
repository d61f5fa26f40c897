namespace CommunityOfPractice.Web.Features.Standards;

public sealed record StandardTranslationItem(string Language, string Url);
