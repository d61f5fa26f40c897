namespace CommunityOfPractice.Features.Debates;

public enum DebateEventKind
{
    PostAdded,
    PostChanged,
    /// <summary>A held post only moderators can see yet.</summary>
    PostHeld,
    StateChanged,
}
