namespace CommunityOfPractice.Features.Debates;

/// <summary>What happened in a debate room; raised only after the change is committed.</summary>
/// <param name="FromAnotherNode">Carried here from another app node (scale-out profile); that node's hub already told the hub clients.</param>
/// <param name="Views">The post as moderators and as members see it, read once for every room on this node; null before.</param>
internal sealed record DebateEvent(int DebateId, DebateEventKind Kind, long? PostId = null, bool FromAnotherNode = false, PostViews? Views = null)
{
    /// <summary>
    /// The post as this viewer sees it, from the event (null: they may not see it), without reading it again; false for
    /// its author, who sees their own text and waiting edit, and when the event carries no views.
    /// </summary>
    public bool TryViewFor(string viewerId, bool viewerIsModerator, out PostView? view)
    {
        view = null;
        if (Views is not { } views || views.ForModerators.AuthorId == viewerId)
        {
            return false;
        }
        view = viewerIsModerator ? views.ForModerators : views.ForMembers;
        return true;
    }
}
