namespace CommunityOfPractice.Features.Syntheses;

public sealed record DebateDetails(int Id, string Title, string Summary, DateTimeOffset OpensAt, DateTimeOffset ClosesAt);
