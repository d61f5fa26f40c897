using CommunityOfPractice.Features.Live;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>A group's changes reach its pages open on the other nodes.</summary>
internal sealed class WorkingGroupNodeRelay(WorkingGroupNotifier notifier) : INodeRelay
{
    public static readonly NodeTopic<WorkingGroupSignal> Topic = new NodeTopic<WorkingGroupSignal>("working-groups");

    public void Connect(INodeBus bus) => bus.Relay(Topic,
        forward => notifier.ForwardTo(liveEvent => forward(new WorkingGroupSignal(liveEvent.GroupId))),
        signal => notifier.Deliver(new WorkingGroupEvent(signal.GroupId, FromAnotherNode: true)));
}
