namespace CommunityOfPractice.Features.Webinars;

/// <summary>One of the group's meetings, as its space lists it.</summary>
public sealed record GroupMeetingView(int Id, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, bool IsCancelled);
