namespace CommunityOfPractice.Features.Syntheses;

internal sealed record WebinarImpact(string Title, DateTimeOffset StartsAt, int Registered, int Attended);
