namespace CommunityOfPractice.Features.Debates;

/// <summary>New posts, by others, in a debate the member follows.</summary>
internal sealed record DigestDebateActivity(int DebateId, string Title, int NewPosts, long FirstNewPostId);
