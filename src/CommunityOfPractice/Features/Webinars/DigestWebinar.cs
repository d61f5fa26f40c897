namespace CommunityOfPractice.Features.Webinars;

public sealed record DigestWebinar(int Id, string Title, DateTimeOffset StartsAt, bool Registered);
