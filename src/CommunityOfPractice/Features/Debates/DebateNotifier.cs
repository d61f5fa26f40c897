using CommunityOfPractice.Features.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CommunityOfPractice.Features.Debates;

/// <summary>
/// The debate rooms' live channel: Blazor circuits subscribe to their debate, the hub relay to every debate; feature
/// services publish after commit and never wait for the rooms (<see cref="LiveChannel{TEvent}"/>). A room that fell
/// behind hears <see cref="DebateEventKind.StateChanged"/> and reloads.
/// </summary>
/// <remarks>
/// In the app, each event that names a post is given that post's views first (<see cref="PostViews"/>), once, so the
/// open rooms patch themselves without each reading the post again: one read per post, not one per open room.
/// </remarks>
internal sealed class DebateNotifier : LiveChannel<DebateEvent>
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
