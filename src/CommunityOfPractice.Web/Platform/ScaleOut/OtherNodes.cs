using System.Text.Json;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Practices;
using CommunityOfPractice.Features.Syntheses;
using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace CommunityOfPractice.Web.Platform.ScaleOut;

/// <summary>
/// What one node tells the others through Redis (scale-out profile): debate events for their Blazor circuits, export
/// progress for their builder pages, "the public repository changed" for their output caches and catalogs, and "this
/// person's powers changed" for their sessions, hub connections and interactive pages.
/// A message names its node, and a node ignores its own. On one machine, nothing is sent anywhere.
/// </summary>
internal sealed class OtherNodes(IServiceProvider services, ILogger<OtherNodes> logger) : IHostedService
{
    private readonly string node = Guid.NewGuid().ToString("N");
    private ISubscriber? subscriber;
    private RedisChannel channel;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<IConnectionMultiplexer>() is not { } redis)
        {
            return;
        }
        channel = RedisChannel.Literal(services.GetRequiredService<RedisPrefix>().Value + ":events");
        subscriber = redis.GetSubscriber();
        await subscriber.SubscribeAsync(channel, (from, value) => _ = ReceiveAsync(value!));
        services.GetRequiredService<DebateNotifier>().ForwardTo(e => SendAsync(new NodeMessage(node, "debate", e.DebateId, (int)e.Kind, e.PostId)));
        services.GetRequiredService<SynthesisExportNotifier>().ForwardTo(p => SendAsync(new NodeMessage(node, "export", p.SynthesisId, (int)p.Status, p.ExportId, p.Progress)));
        services.GetRequiredService<CommunityOfPractice.Features.Membership.AccountChanges>().ForwardTo(userId => SendAsync(new NodeMessage(node, "account", 0, 0, null, UserId: userId)));
        logger.LogInformation("Scale-out: node {Node} exchanges events with the other nodes on Redis channel {Channel}.", node, channel);
    }

    /// <summary>The public repository changed on this node: the others drop their cached pages and catalog too.</summary>
    public Task PracticesChangedAsync() => subscriber is null ? Task.CompletedTask : SendAsync(new NodeMessage(node, "practices", 0, 0, null));

    /// <summary>
    /// Never throws: what it tells is already committed and shown on this node, and the other nodes' pages catch up
    /// on their next load; a Redis outage is logged (and reported by /health/ready) rather than failing the sender.
    /// </summary>
    private async Task SendAsync(NodeMessage message)
    {
        if (subscriber is null)
        {
            return;
        }
        try
        {
            await subscriber.PublishAsync(channel, JsonSerializer.Serialize(message));
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Could not tell the other nodes about {Type} {Id}.", message.Type, message.Id);
        }
    }

    private async Task ReceiveAsync(string value)
    {
        try
        {
            var message = JsonSerializer.Deserialize<NodeMessage>(value);
            if (message is null || message.Node == node)
            {
                return;
            }
            switch (message.Type)
            {
                case "debate":
                    services.GetRequiredService<DebateNotifier>().Deliver(new DebateEvent(message.Id, (DebateEventKind)message.Kind, message.Item, FromAnotherNode: true));
                    break;
                case "export":
                    services.GetRequiredService<SynthesisExportNotifier>().Deliver(new ExportProgress(message.Id, (int)message.Item!.Value, (ExportStatus)message.Kind, message.Progress));
                    break;
                case "account" when message.UserId is { } userId:
                    services.GetRequiredService<CommunityOfPractice.Features.Membership.AccountChanges>().Deliver(userId);
                    break;
                case "practices":
                    services.GetRequiredService<PracticeCatalog>().Invalidate();
                    await services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(Features.Practices.PracticesWeb.CachePolicy, CancellationToken.None);
                    break;
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            logger.LogWarning(exception, "Ignored a malformed message from another node.");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) =>
        subscriber?.UnsubscribeAsync(channel) ?? Task.CompletedTask;

    private sealed record NodeMessage(string Node, string Type, int Id, int Kind, long? Item, int Progress = 0, string? UserId = null);
}
