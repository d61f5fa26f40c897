namespace CommunityOfPractice.Features.Webinars;

internal sealed record DigestWebinar(int Id, string Title, DateTimeOffset StartsAt, bool Registered);
