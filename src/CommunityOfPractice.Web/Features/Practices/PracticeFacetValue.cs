namespace CommunityOfPractice.Web.Features.Practices;

public sealed record PracticeFacetValue(string Value, int Count);
