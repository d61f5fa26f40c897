namespace CommunityOfPractice.Features.Live;

/// <summary>
/// What one node tells the other nodes of its community, by typed topic. A node does not hear its own messages, and
/// on one machine there is nobody to tell: nothing is sent, nothing is heard.
/// </summary>
internal interface INodeBus
{
    /// <summary>
    /// Tells the other nodes. Never throws: what it tells is already committed and shown on this node, and the other
    /// nodes' pages catch up on their next load; an outage is logged (and reported by /health/ready) instead.
    /// </summary>
    Task PublishAsync<TMessage>(NodeTopic<TMessage> topic, TMessage message);

    /// <summary>What this node does with a message another node published on <paramref name="topic"/>; a failing handler is logged.</summary>
    void Subscribe<TMessage>(NodeTopic<TMessage> topic, Func<TMessage, Task> handler);
}
