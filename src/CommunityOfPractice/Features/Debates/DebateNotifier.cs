using System.Collections.Concurrent;

namespace CommunityOfPractice.Features.Debates;

/// <summary>What happened in a debate room; raised only after the change is committed.</summary>
/// <param name="FromAnotherNode">Carried here from another app node (scale-out profile); that node's hub already told the hub clients.</param>
public sealed record DebateEvent(int DebateId, DebateEventKind Kind, long? PostId = null, bool FromAnotherNode = false);

public enum DebateEventKind
{
    PostAdded,
    PostChanged,
    /// <summary>A held post only moderators can see yet.</summary>
    PostHeld,
    StateChanged,
}

/// <summary>
/// In-process publish/subscribe for debate rooms: Blazor circuits and the hub relay subscribe, feature
/// services publish after commit. A subscription is an <see cref="IDisposable"/>; a throwing handler
/// never stops the others.
/// </summary>
public sealed class DebateNotifier
{
    private readonly ConcurrentDictionary<Guid, (int? DebateId, Func<DebateEvent, Task> Handler)> subscriptions = new();

    /// <summary>Events of one debate, or of every debate when <paramref name="debateId"/> is null.</summary>
    public IDisposable Subscribe(int? debateId, Func<DebateEvent, Task> handler)
    {
        var id = Guid.NewGuid();
        subscriptions[id] = (debateId, handler);
        return new Subscription(() => subscriptions.TryRemove(id, out _));
    }

    public int SubscriberCount => subscriptions.Count;

    private Func<DebateEvent, Task>? forward;

    /// <summary>In the scale-out profile, every event raised on this node also goes to the other nodes through <paramref name="toOtherNodes"/>, which never throws.</summary>
    public void ForwardTo(Func<DebateEvent, Task> toOtherNodes) => forward = toOtherNodes;

    /// <summary>An event committed on this node: delivered here, then to the other nodes.</summary>
    public async Task PublishAsync(DebateEvent debateEvent)
    {
        await DeliverAsync(debateEvent);
        if (forward is { } toOtherNodes && !debateEvent.FromAnotherNode)
        {
            await toOtherNodes(debateEvent);
        }
    }

    /// <summary>Delivers to this node's subscribers only.</summary>
    public async Task DeliverAsync(DebateEvent debateEvent)
    {
        foreach (var (debateId, handler) in subscriptions.Values)
        {
            if (debateId is null || debateId == debateEvent.DebateId)
            {
                try
                {
                    await handler(debateEvent);
                }
                catch (Exception)
                {
                    // One broken room (a circuit going away) must not keep the event from the others.
                }
            }
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                dispose();
            }
        }
    }
}
