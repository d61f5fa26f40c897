namespace CommunityOfPractice.Features.Webinars;

internal sealed record CalendarEntry(UpcomingEventKind Kind, int Id, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, bool IsCancelled);
