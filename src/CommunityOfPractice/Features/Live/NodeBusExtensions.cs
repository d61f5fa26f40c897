namespace CommunityOfPractice.Features.Live;

internal static class NodeBusExtensions
{
    /// <summary>
    /// The usual relay: what this node raises (handed over through <paramref name="forwardTo"/>) goes to the other nodes
    /// on <paramref name="topic"/>, and what they raise there is given to <paramref name="deliver"/>, for this node only.
    /// </summary>
    public static void Relay<TMessage>(this INodeBus bus, NodeTopic<TMessage> topic, Action<Func<TMessage, Task>> forwardTo, Action<TMessage> deliver)
    {
        forwardTo(message => bus.PublishAsync(topic, message));
        bus.Subscribe(topic, message =>
        {
            deliver(message);
            return Task.CompletedTask;
        });
    }
}
