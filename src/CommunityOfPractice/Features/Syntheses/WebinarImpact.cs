namespace CommunityOfPractice.Features.Syntheses;

public sealed record WebinarImpact(string Title, DateTimeOffset StartsAt, int Registered, int Attended);
