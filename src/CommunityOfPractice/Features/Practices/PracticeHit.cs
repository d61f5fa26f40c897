namespace CommunityOfPractice.Features.Practices;

public sealed record PracticeHit(PublicPractice Entry, string? Snippet);
