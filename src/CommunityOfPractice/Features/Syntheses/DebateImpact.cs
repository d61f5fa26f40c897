namespace CommunityOfPractice.Features.Syntheses;

internal sealed record DebateImpact(string Title, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, int Participants, int Posts);
