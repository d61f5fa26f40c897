namespace CommunityOfPractice.Web.Features.Practices;

public sealed record PracticeTranslationLink(string Language, string Url);
