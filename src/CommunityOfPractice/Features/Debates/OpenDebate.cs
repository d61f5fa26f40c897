namespace CommunityOfPractice.Features.Debates;

/// <summary>An open debate as a member's home shows it: its window, and the posts by others since their last visit.</summary>
internal sealed record OpenDebate(int Id, string Title, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, int NewPosts);
