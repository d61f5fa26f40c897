namespace CommunityOfPractice.Features.Practices;

internal sealed record FacetCount<T>(T Value, int Count);
