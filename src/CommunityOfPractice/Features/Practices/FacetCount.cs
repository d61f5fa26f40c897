namespace CommunityOfPractice.Features.Practices;

public sealed record FacetCount<T>(T Value, int Count);
