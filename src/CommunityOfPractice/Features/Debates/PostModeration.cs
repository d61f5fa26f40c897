namespace CommunityOfPractice.Features.Debates;

public enum PostModeration
{
    Approve,
    Hide,
    Restore,
    Pin,
    Unpin,
    Lock,
    Unlock,
    Highlight,
    Unhighlight,
    /// <summary>Refuses a held edit: the post keeps its approved text.</summary>
    RejectEdit,
}
