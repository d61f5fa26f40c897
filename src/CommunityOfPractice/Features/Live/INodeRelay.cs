namespace CommunityOfPractice.Features.Live;

/// <summary>
/// A feature's part in the node bus, registered with the feature's services: it sends what the feature raises on this
/// node to the others, and hands the feature what they raise. Connected once, at start-up, and only when the
/// community runs on several nodes.
/// </summary>
internal interface INodeRelay
{
    void Connect(INodeBus bus);
}
