namespace CommunityOfPractice.Features.Webinars;

internal sealed record UpcomingEvent(UpcomingEventKind Kind, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt);
