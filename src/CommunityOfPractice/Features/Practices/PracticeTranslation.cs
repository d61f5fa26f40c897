namespace CommunityOfPractice.Features.Practices;

internal sealed record PracticeTranslation(string Slug, string Language, string Title);
