namespace CommunityOfPractice.Features.Syntheses;

internal sealed record WebinarDetails(string Title, DateTimeOffset StartsAt, string? RecordingUrl);
