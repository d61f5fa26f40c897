using CommunityOfPractice.Features.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CommunityOfPractice.Features.Debates;

/// <summary>What happened in a debate room; raised only after the change is committed.</summary>
/// <param name="FromAnotherNode">Carried here from another app node (scale-out profile); that node's hub already told the hub clients.</param>
/// <param name="Views">The post as moderators and as members see it, read once for every room on this node; null before.</param>
public sealed record DebateEvent(int DebateId, DebateEventKind Kind, long? PostId = null, bool FromAnotherNode = false, PostViews? Views = null)
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

/// <summary>A post as moderators see it, and as members other than its author see it (null while it is held).</summary>
public sealed record PostViews(PostView ForModerators, PostView? ForMembers)
{
    public static PostViews Of(PostView forModerators) => new(forModerators,
        forModerators.Status == PostStatus.Held ? null : forModerators with { PendingHtml = null, Revisions = [] });
}

public enum DebateEventKind
{
    PostAdded,
    PostChanged,
    /// <summary>A held post only moderators can see yet.</summary>
    PostHeld,
    StateChanged,
}

/// <summary>
/// The debate rooms' live channel: Blazor circuits subscribe to their debate, the hub relay to every debate; feature
/// services publish after commit and never wait for the rooms (<see cref="LiveChannel{TEvent}"/>). A room that fell
/// behind hears <see cref="DebateEventKind.StateChanged"/> and reloads.
/// </summary>
/// <remarks>
/// In the app, each event that names a post is given that post's views first (<see cref="PostViews"/>), once, so the
/// open rooms patch themselves without each reading the post again: one read per post, not one per open room.
/// </remarks>
public sealed class DebateNotifier : LiveChannel<DebateEvent>
{
    public DebateNotifier(ILogger<DebateNotifier> logger, IServiceScopeFactory? scopes = null)
        : base(logger)
    {
        if (scopes is not null)
        {
            PrepareWith(async liveEvent =>
            {
                if (liveEvent.PostId is not (> 0 and var postId) || liveEvent.Views is not null)
                {
                    return liveEvent;
                }
                await using var scope = scopes.CreateAsyncScope();
                // As a moderator who did not write it sees it; members' view follows from it.
                var post = await scope.ServiceProvider.GetRequiredService<DebateRoom>().PostAsync(postId, "", viewerIsModerator: true);
                return post is null ? liveEvent : liveEvent with { Views = PostViews.Of(post) };
            });
        }
    }

    protected override int TopicOf(DebateEvent liveEvent) => liveEvent.DebateId;

    protected override DebateEvent Resync(int topic) => new(topic, DebateEventKind.StateChanged);

    protected override bool FromAnotherNode(DebateEvent liveEvent) => liveEvent.FromAnotherNode;
}
