using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace CommunityOfPractice.Features.Live;

/// <summary>
/// In-process publish/subscribe for what the open pages show live (debate rooms, export progress), after commit.
/// Publishing never waits for a subscriber: each subscriber has its own bounded queue, read by its own loop, so the
/// person whose action raised the event gets their answer at once, and a slow or stuck page delays nobody else.
/// A subscriber that falls so far behind that its queue overflows loses what was queued and hears one
/// <see cref="Resync"/> instead (it reloads once). A failing handler is logged, and the others go on.
/// </summary>
/// <typeparam name="TEvent">The event; <see cref="TopicOf"/> says which page it belongs to (a debate, a synthesis).</typeparam>
internal abstract class LiveChannel<TEvent>(ILogger logger) where TEvent : notnull
{
    /// <summary>How long an event may wait for its preparation (<see cref="PrepareWith"/>) before it goes out without it.</summary>
    public static readonly TimeSpan PreparationTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Events a page may fall behind by before it reloads instead.</summary>
    public const int DefaultCapacity = 64;

    private readonly ConcurrentDictionary<Subscriber, byte> subscribers = new();
    private readonly ILogger logger = logger;
    private Func<TEvent, Task>? forward;
    private Channel<TEvent>? preparing;

    /// <summary>The page (debate, synthesis) an event belongs to.</summary>
    protected abstract int TopicOf(TEvent liveEvent);

    /// <summary>What a subscriber of <paramref name="topic"/> hears in place of the events it lost.</summary>
    protected abstract TEvent Resync(int topic);

    /// <summary>Whether the event came from another node, which already forwarded it everywhere.</summary>
    protected virtual bool FromAnotherNode(TEvent liveEvent) => false;

    public int SubscriberCount => subscribers.Count;

    /// <summary>
    /// Events of one topic, or of every topic when <paramref name="topic"/> is null, handed to
    /// <paramref name="handler"/> in order (with <paramref name="readers"/> greater than one, up to that many at once).
    /// </summary>
    public IDisposable Subscribe(int? topic, Func<TEvent, Task> handler, int capacity = DefaultCapacity, int readers = 1)
    {
        var subscriber = new Subscriber(this, topic, handler, capacity, readers);
        subscribers[subscriber] = 0;
        subscriber.Start();
        return subscriber;
    }

    /// <summary>In the scale-out profile, every event raised on this node also goes to the other nodes through <paramref name="toOtherNodes"/>, which never throws.</summary>
    public void ForwardTo(Func<TEvent, Task> toOtherNodes) => forward = toOtherNodes;

    /// <summary>An event committed on this node: queued for this node's subscribers, then sent to the other nodes.</summary>
    public Task PublishAsync(TEvent liveEvent)
    {
        Deliver(liveEvent);
        return forward is { } toOtherNodes && !FromAnotherNode(liveEvent) ? toOtherNodes(liveEvent) : Task.CompletedTask;
    }

    /// <summary>
    /// Has every event go through <paramref name="prepare"/> once, in order, before any subscriber hears it: what each
    /// page would otherwise read for itself (the post an event names) is read once for them all. Publishing still
    /// returns at once; a failed preparation is logged and the event goes out as it was.
    /// </summary>
    protected void PrepareWith(Func<TEvent, Task<TEvent>> prepare)
    {
        var queue = Channel.CreateUnbounded<TEvent>(new UnboundedChannelOptions { SingleReader = true });
        preparing = queue;
        _ = Task.Run(async () =>
        {
            await foreach (var liveEvent in queue.Reader.ReadAllAsync())
            {
                var prepared = liveEvent;
                try
                {
                    // A stalled read (a database that does not answer) holds up no page for long: the event goes out as
                    // it was, and each page reads what it needs itself.
                    prepared = await prepare(liveEvent).WaitAsync(PreparationTimeout);
                }
                catch (Exception error)
                {
                    logger.LogWarning(error, "A live event could not be prepared: {Event} goes out as it was", liveEvent);
                }
                Fan(prepared);
            }
        });
    }

    /// <summary>Queues the event for this node's subscribers only, and returns at once.</summary>
    public void Deliver(TEvent liveEvent)
    {
        if (preparing is { } queue)
        {
            queue.Writer.TryWrite(liveEvent);
            return;
        }
        Fan(liveEvent);
    }

    private void Fan(TEvent liveEvent)
    {
        var topic = TopicOf(liveEvent);
        foreach (var subscriber in subscribers.Keys)
        {
            if (subscriber.Topic is null || subscriber.Topic == topic)
            {
                subscriber.Enqueue(liveEvent);
            }
        }
    }

    private sealed class Subscriber : IDisposable
    {
        private readonly LiveChannel<TEvent> owner;
        private readonly int? topic;
        private readonly Func<TEvent, Task> handler;
        private readonly int readers;
        private readonly Channel<TEvent> queue;
        private int lost;

        public Subscriber(LiveChannel<TEvent> owner, int? topic, Func<TEvent, Task> handler, int capacity, int readers)
        {
            (this.owner, this.topic, this.handler, this.readers) = (owner, topic, handler, readers);
            // A full queue drops its oldest event to take the new one: the subscriber has lost one, and will resync.
            queue = Channel.CreateBounded<TEvent>(
                new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = readers == 1 },
                _ => Interlocked.Exchange(ref lost, 1));
        }

        public int? Topic => topic;

        public void Start()
        {
            for (var i = 0; i < readers; i++)
            {
                _ = Task.Run(ReadAsync);
            }
        }

        public void Enqueue(TEvent liveEvent) => queue.Writer.TryWrite(liveEvent);

        private async Task ReadAsync()
        {
            var reader = queue.Reader;
            while (await reader.WaitToReadAsync())
            {
                while (reader.TryRead(out var liveEvent))
                {
                    if (Interlocked.Exchange(ref lost, 0) == 1)
                    {
                        // What is still queued is as stale as what was lost: one resync replaces it all.
                        while (reader.TryRead(out _))
                        {
                        }
                        await HandleAsync(owner.Resync(topic ?? owner.TopicOf(liveEvent)));
                        break;
                    }
                    await HandleAsync(liveEvent);
                }
            }
        }

        private async Task HandleAsync(TEvent liveEvent)
        {
            try
            {
                await handler(liveEvent);
            }
            catch (Exception error)
            {
                // One broken page (a circuit going away) never keeps the event from the others; it is logged, not hidden.
                owner.logger.LogWarning(error, "A live subscriber failed to handle {Event}", liveEvent);
            }
        }

        public void Dispose()
        {
            if (owner.subscribers.TryRemove(this, out _))
            {
                // The loop ends; whatever was still queued for a closed page goes with it.
                queue.Writer.TryComplete();
                while (queue.Reader.TryRead(out _))
                {
                }
            }
        }
    }
}
