using System.Collections.Concurrent;
using System.Text.Json;
using CommunityOfPractice.Features.Live;
using StackExchange.Redis;

namespace CommunityOfPractice.Web.Platform.ScaleOut;

/// <summary>
/// The node bus (scale-out profile): one Redis channel per community ("{prefix}:events"), each message an envelope
/// that names its node, which ignores its own, and its topic, which picks the handler. At start-up it connects every
/// feature's <see cref="INodeRelay"/>. On one machine there is no Redis: nothing is connected and nothing sent.
/// </summary>
internal sealed class NodeBus(IServiceProvider services, ILogger<NodeBus> logger) : INodeBus, IHostedService
{
    private readonly string node = Guid.NewGuid().ToString("N");
    private readonly ConcurrentDictionary<string, Func<JsonElement, Task>> handlers = new();
    private ISubscriber? subscriber;
    private RedisChannel channel;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<IConnectionMultiplexer>() is not { } redis)
        {
            return;
        }
        // "{prefix}:events": the connection puts the community's prefix before every channel (ScaleOutSetup).
        channel = RedisChannel.Literal("events");
        subscriber = redis.GetSubscriber();
        foreach (var relay in services.GetServices<INodeRelay>())
        {
            relay.Connect(this);
        }
        await subscriber.SubscribeAsync(channel, (from, value) => _ = ReceiveAsync(value!));
        logger.LogInformation("Scale-out: node {Node} exchanges {Topics} with the other nodes on Redis channel {Channel}.", node, string.Join(", ", handlers.Keys), channel);
    }

    public void Subscribe<TMessage>(NodeTopic<TMessage> topic, Func<TMessage, Task> handler)
    {
        if (!handlers.TryAdd(topic.Name, message => handler(message.Deserialize<TMessage>()!)))
        {
            throw new InvalidOperationException($"The node topic \"{topic.Name}\" has a handler already: each topic has one, and its own name.");
        }
    }

    public async Task PublishAsync<TMessage>(NodeTopic<TMessage> topic, TMessage message)
    {
        if (subscriber is null)
        {
            return;
        }
        try
        {
            await subscriber.PublishAsync(channel, JsonSerializer.Serialize(new Envelope(node, topic.Name, JsonSerializer.SerializeToElement(message))));
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Could not tell the other nodes about {Topic}.", topic.Name);
        }
    }

    private async Task ReceiveAsync(string value)
    {
        Envelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<Envelope>(value);
        }
        catch (JsonException exception)
        {
            logger.LogWarning(exception, "Ignored a malformed message from another node.");
            return;
        }
        if (envelope is null || envelope.Node == node)
        {
            return;
        }
        if (!handlers.TryGetValue(envelope.Topic, out var handler))
        {
            // A node of another version during a rolling upgrade: its pages catch up on their next load.
            logger.LogWarning("Ignored a message from another node on {Topic}, a topic this node does not know.", envelope.Topic);
            return;
        }
        try
        {
            await handler(envelope.Message);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "A message from another node on {Topic} could not be handled.", envelope.Topic);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) =>
        subscriber?.UnsubscribeAsync(channel) ?? Task.CompletedTask;

    private sealed record Envelope(string Node, string Topic, JsonElement Message);
}
