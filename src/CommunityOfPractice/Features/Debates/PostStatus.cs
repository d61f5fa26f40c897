namespace CommunityOfPractice.Features.Debates;

public enum PostStatus
{
    Published,
    /// <summary>Waiting for a moderator (pre-moderation).</summary>
    Held,
    Hidden,
    Withdrawn,
}
