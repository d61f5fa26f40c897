using CommunityOfPractice.Features.Live;

namespace CommunityOfPractice.Features.Debates;

/// <summary>
/// A debate's events reach the rooms open on the other nodes: which debate, what happened, and to which post. Each
/// node reads the post itself, as the event's own node did, so what a member may see is decided where they are.
/// </summary>
internal sealed class DebateNodeRelay(DebateNotifier notifier) : INodeRelay
{
    public static readonly NodeTopic<DebateSignal> Topic = new NodeTopic<DebateSignal>("debate");

    public void Connect(INodeBus bus) => bus.Relay(Topic,
        forward => notifier.ForwardTo(liveEvent => forward(new DebateSignal(liveEvent.DebateId, liveEvent.Kind, liveEvent.PostId))),
        signal => notifier.Deliver(new DebateEvent(signal.DebateId, signal.Kind, signal.PostId, FromAnotherNode: true)));
}
