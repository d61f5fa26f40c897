namespace CommunityOfPractice.Features.Syntheses;

public sealed record WebinarDetails(string Title, DateTimeOffset StartsAt, string? RecordingUrl);
