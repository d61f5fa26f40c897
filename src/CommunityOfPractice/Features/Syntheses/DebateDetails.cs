namespace CommunityOfPractice.Features.Syntheses;

internal sealed record DebateDetails(int Id, string Title, string Summary, DateTimeOffset OpensAt, DateTimeOffset ClosesAt);
