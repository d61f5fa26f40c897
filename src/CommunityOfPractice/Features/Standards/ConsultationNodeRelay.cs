using CommunityOfPractice.Features.Live;

namespace CommunityOfPractice.Features.Standards;

/// <summary>A round's support counts reach the consultation pages open on the other nodes.</summary>
internal sealed class ConsultationNodeRelay(ConsultationNotifier notifier) : INodeRelay
{
    public static readonly NodeTopic<ConsultationSignal> Topic = new NodeTopic<ConsultationSignal>("consultation");

    public void Connect(INodeBus bus) => bus.Relay(Topic,
        forward => notifier.ForwardTo(liveEvent => forward(new ConsultationSignal(liveEvent.RoundId, liveEvent.ProposalId, liveEvent.SupportCount))),
        signal => notifier.Deliver(new ConsultationEvent(signal.RoundId, signal.ProposalId, signal.SupportCount, FromAnotherNode: true)));
}
