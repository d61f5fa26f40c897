namespace CommunityOfPractice.Features.Syntheses;

internal sealed record DebateChoice(int Id, string Title, DateTimeOffset OpensAt, DateTimeOffset ClosesAt);
