namespace CommunityOfPractice.Features.Syntheses;

public sealed record DebateImpact(string Title, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, int Participants, int Posts);
