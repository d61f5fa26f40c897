using System.Collections.Concurrent;

namespace CommunityOfPractice.Features.Debates;

/// <summary>What happened in a debate room; raised only after the change is committed.</summary>
public sealed record DebateEvent(int DebateId, DebateEventKind Kind, long? PostId = null);

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

    public async Task PublishAsync(DebateEvent debateEvent)
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
