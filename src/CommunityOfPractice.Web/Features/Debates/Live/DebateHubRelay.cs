using CommunityOfPractice.Features.Debates;
using Microsoft.AspNetCore.SignalR;

namespace CommunityOfPractice.Web.Features.Debates.Live;

/// <summary>Forwards the notifier's committed events to the hub's debate groups, as members see them.</summary>
internal sealed class DebateHubRelay(DebateNotifier notifier, IHubContext<DebateHub> hub, IServiceScopeFactory scopes) : IHostedService
{
    private IDisposable? subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Every debate's events, four at a time: a big room's send does not hold up the next post. The queue is long,
        // as it serves every room; if it ever overflows, the rooms hear StateChanged and reload.
        subscription = notifier.Subscribe(null, RelayAsync, capacity: 4096, readers: 4);
        return Task.CompletedTask;
    }

    private async Task RelayAsync(DebateEvent debateEvent)
    {
        if (debateEvent.FromAnotherNode)
        {
            // Its own node's relay sent it to the group, and the Redis backplane brought it to this node's clients.
            return;
        }
        var group = hub.Clients.Group(DebateHub.Group(debateEvent.DebateId));
        if (debateEvent.Kind == DebateEventKind.StateChanged)
        {
            await group.SendAsync("StateChanged", debateEvent.DebateId);
            return;
        }
        if (debateEvent.Kind == DebateEventKind.PostHeld || debateEvent.PostId is not { } postId)
        {
            return;
        }
        // As an ordinary member sees it: a hidden or withdrawn post travels as its placeholder.
        var post = debateEvent.TryViewFor("", viewerIsModerator: false, out var carried) ? carried : await ReadAsync(postId);
        if (post is not null)
        {
            await group.SendAsync(debateEvent.Kind == DebateEventKind.PostAdded ? "PostAdded" : "PostChanged", HubPost.Of(post));
        }
    }

    private async Task<PostView?> ReadAsync(long postId)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DebateRoom>().PostAsync(postId, "", viewerIsModerator: false);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        subscription?.Dispose();
        return Task.CompletedTask;
    }
}
