namespace CommunityOfPractice.Features.Practices;

internal sealed record PracticeHit(PublicPractice Entry, string? Snippet);
