namespace CommunityOfPractice.Features.Syntheses;

public sealed record DebateChoice(int Id, string Title, DateTimeOffset OpensAt, DateTimeOffset ClosesAt);
