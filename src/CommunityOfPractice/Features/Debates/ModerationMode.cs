namespace CommunityOfPractice.Features.Debates;

public enum ModerationMode
{
    /// <summary>Posts appear at once; moderators act afterwards.</summary>
    PostModeration,
    /// <summary>Every post waits for a moderator.</summary>
    PreModerationAll,
    /// <summary>A member's first posts in this debate wait for a moderator; later ones appear at once.</summary>
    PreModerationFirstPosts,
}
