namespace CommunityOfPractice.Features.Practices;

public sealed record PracticeTranslation(string Slug, string Language, string Title);
