using System.Collections.Concurrent;
using CommunityOfPractice.Features.Debates;
using Microsoft.Extensions.Logging;

namespace CommunityOfPractice.Tests.Platform;

/// <summary>
/// The live channel behind the debate rooms and the export panel: publishing never waits for a subscriber, each
/// subscriber hears its events in order, one that falls too far behind resyncs once, and a failing one is logged.
/// Every wait here is on an event, with a long timeout that only a broken channel reaches.
/// </summary>
public sealed class LiveChannelTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static DebateEvent Post(long id, int debate = 1) => new(debate, DebateEventKind.PostAdded, id);

    [Fact]
    public async Task Publishing_returns_while_a_subscriber_is_stuck_and_the_others_hear_it()
    {
        var notifier = new DebateNotifier(new ListLogger<DebateNotifier>());
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stuckGotIt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var otherGotIt = new TaskCompletionSource<DebateEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stuck = notifier.Subscribe(1, async _ =>
        {
            stuckGotIt.TrySetResult();
            await release.Task;
        });
        using var other = notifier.Subscribe(1, e =>
        {
            otherGotIt.TrySetResult(e);
            return Task.CompletedTask;
        });

        var published = notifier.PublishAsync(Post(7));
        Assert.True(published.IsCompleted, "Publishing should not wait for any subscriber.");
        Assert.Equal(7, (await otherGotIt.Task.WaitAsync(Patience)).PostId);
        await stuckGotIt.Task.WaitAsync(Patience);
        Assert.False(release.Task.IsCompleted, "The stuck subscriber is still stuck while the other one heard the event.");
        release.SetResult();
    }

    [Fact]
    public async Task A_subscriber_hears_its_debates_events_in_order_and_no_other_debates()
    {
        var notifier = new DebateNotifier(new ListLogger<DebateNotifier>());
        var heard = new ConcurrentQueue<long>();
        var last = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = notifier.Subscribe(1, async e =>
        {
            await Task.Yield();
            heard.Enqueue(e.PostId!.Value);
            if (e.PostId == 50)
            {
                last.TrySetResult();
            }
        });
        for (var i = 1; i <= 50; i++)
        {
            await notifier.PublishAsync(Post(i));
            await notifier.PublishAsync(Post(1000 + i, debate: 2));
        }
        await last.Task.WaitAsync(Patience);
        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), heard);
    }

    [Fact]
    public async Task A_subscriber_that_falls_too_far_behind_loses_the_backlog_and_resyncs_once()
    {
        var notifier = new DebateNotifier(new ListLogger<DebateNotifier>());
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var heard = new ConcurrentQueue<DebateEvent>();
        using var subscription = notifier.Subscribe(1, async e =>
        {
            heard.Enqueue(e);
            first.TrySetResult();
            await release.Task;
            if (e.PostId == 999)
            {
                done.TrySetResult();
            }
        }, capacity: 8);

        await notifier.PublishAsync(Post(1));
        await first.Task.WaitAsync(Patience);
        // The subscriber is busy with post 1: a hundred more than its queue holds arrive meanwhile.
        for (var i = 2; i <= 101; i++)
        {
            await notifier.PublishAsync(Post(i));
        }
        release.SetResult();
        await WaitUntilAsync(() => heard.Count >= 2);
        await notifier.PublishAsync(Post(999));
        await done.Task.WaitAsync(Patience);

        var kinds = heard.Select(e => e.PostId is { } id ? $"post {id}" : e.Kind.ToString()).ToList();
        Assert.Equal(["post 1", nameof(DebateEventKind.StateChanged), "post 999"], kinds);
    }

    [Fact]
    public async Task A_failing_subscriber_is_logged_and_keeps_hearing_later_events()
    {
        var logger = new ListLogger<DebateNotifier>();
        var notifier = new DebateNotifier(logger);
        var second = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = notifier.Subscribe(1, e => e.PostId == 1
            ? throw new InvalidOperationException("The circuit went away.")
            : Task.FromResult(second.TrySetResult()));
        await notifier.PublishAsync(Post(1));
        await notifier.PublishAsync(Post(2));
        await second.Task.WaitAsync(Patience);
        Assert.Contains(logger.Entries, entry => entry.Level == LogLevel.Warning && entry.Error?.Message == "The circuit went away.");
    }

    [Fact]
    public async Task A_closed_subscription_hears_nothing_more_and_is_no_longer_counted()
    {
        var notifier = new DebateNotifier(new ListLogger<DebateNotifier>());
        var heard = 0;
        var subscription = notifier.Subscribe(1, _ =>
        {
            Interlocked.Increment(ref heard);
            return Task.CompletedTask;
        });
        Assert.Equal(1, notifier.SubscriberCount);
        subscription.Dispose();
        Assert.Equal(0, notifier.SubscriberCount);
        await notifier.PublishAsync(Post(1));

        // A later subscriber hears a later event: by then, the closed one would have heard the earlier one.
        var later = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var witness = notifier.Subscribe(1, _ => Task.FromResult(later.TrySetResult()));
        await notifier.PublishAsync(Post(2));
        await later.Task.WaitAsync(Patience);
        Assert.Equal(0, Volatile.Read(ref heard));
    }

    [Fact]
    public async Task Events_go_to_the_other_nodes_unless_they_came_from_there()
    {
        var notifier = new DebateNotifier(new ListLogger<DebateNotifier>());
        var forwarded = new List<DebateEvent>();
        notifier.ForwardTo(e =>
        {
            forwarded.Add(e);
            return Task.CompletedTask;
        });
        await notifier.PublishAsync(Post(1));
        await notifier.PublishAsync(Post(2) with { FromAnotherNode = true });
        Assert.Equal(1, Assert.Single(forwarded).PostId);
    }

    [Fact]
    public async Task Each_event_is_prepared_once_in_order_before_any_subscriber_hears_it_and_a_failed_preparation_is_logged()
    {
        var logger = new ListLogger<PreparedChannel>();
        var prepared = 0;
        var channel = new PreparedChannel(logger, async e =>
        {
            await Task.Yield();
            Interlocked.Increment(ref prepared);
            return e.PostId == 3 ? throw new InvalidOperationException("The database is away.") : e with { Kind = DebateEventKind.PostChanged };
        });
        var heard = new[] { new ConcurrentQueue<DebateEvent>(), new ConcurrentQueue<DebateEvent>() };
        var subscriptions = heard.Select(queue => channel.Subscribe(1, e =>
        {
            queue.Enqueue(e);
            return Task.CompletedTask;
        })).ToList();
        for (var i = 1; i <= 5; i++)
        {
            Assert.True(channel.PublishAsync(Post(i)).IsCompleted, "Publishing should not wait for the preparation.");
        }
        await WaitUntilAsync(() => heard.All(queue => queue.Count == 5));

        foreach (var queue in heard)
        {
            // In order; prepared, but for the one whose preparation failed, which goes out as it was.
            Assert.Equal(["1 PostChanged", "2 PostChanged", "3 PostAdded", "4 PostChanged", "5 PostChanged"], queue.Select(e => $"{e.PostId} {e.Kind}"));
        }
        Assert.Equal(5, Volatile.Read(ref prepared));
        Assert.Contains(logger.Entries, entry => entry.Level == LogLevel.Warning && entry.Error?.Message == "The database is away.");
        subscriptions.ForEach(subscription => subscription.Dispose());
    }

    private sealed class PreparedChannel : CommunityOfPractice.Features.Live.LiveChannel<DebateEvent>
    {
        public PreparedChannel(ILogger logger, Func<DebateEvent, Task<DebateEvent>> prepare)
            : base(logger) => PrepareWith(prepare);

        protected override int TopicOf(DebateEvent liveEvent) => liveEvent.DebateId;

        protected override DebateEvent Resync(int topic) => new(topic, DebateEventKind.StateChanged);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition was not met in time.");
            await Task.Delay(10);
        }
    }

    private sealed class ListLogger<T> : ILogger<T>
    {
        public ConcurrentQueue<(LogLevel Level, Exception? Error)> Entries { get; } = new();

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Enqueue((logLevel, exception));
    }
}
