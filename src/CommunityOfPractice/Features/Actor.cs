namespace CommunityOfPractice.Features;

/// <summary>Who is doing something, as the audit log records it.</summary>
internal sealed record Actor(string UserId, string DisplayName);
