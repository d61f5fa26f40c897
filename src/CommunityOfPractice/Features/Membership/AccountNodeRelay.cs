using CommunityOfPractice.Features.Live;

namespace CommunityOfPractice.Features.Membership;

/// <summary>"This person's powers changed" reaches the other nodes, which drop their sessions and pages' trust too.</summary>
internal sealed class AccountNodeRelay(AccountChanges changes) : INodeRelay
{
    /// <summary>The person's user id.</summary>
    public static readonly NodeTopic<string> Topic = new NodeTopic<string>("account");

    public void Connect(INodeBus bus) => bus.Relay(Topic, changes.ForwardTo, changes.Deliver);
}
