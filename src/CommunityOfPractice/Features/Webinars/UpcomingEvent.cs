namespace CommunityOfPractice.Features.Webinars;

public sealed record UpcomingEvent(UpcomingEventKind Kind, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt);
