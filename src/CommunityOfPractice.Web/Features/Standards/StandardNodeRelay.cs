using CommunityOfPractice.Features.Live;
using CommunityOfPractice.Web.Platform;
using Microsoft.AspNetCore.OutputCaching;

namespace CommunityOfPractice.Web.Features.Standards;

/// <summary>"A standard's public view changed" on one node: the others drop their cached pages too.</summary>
internal sealed class StandardNodeRelay(IOutputCacheStore cache) : INodeRelay
{
    public static readonly NodeTopic<StandardsChanged> Topic = new NodeTopic<StandardsChanged>("standards");

    public static async Task EvictAsync(IOutputCacheStore cache, CancellationToken cancellationToken)
    {
        await cache.EvictByTagAsync(StandardsWeb.CachePolicy, cancellationToken);
        await cache.EvictByTagAsync(AtomFeedEntry.CacheTag, cancellationToken);
    }

    public void Connect(INodeBus bus) => bus.Subscribe(Topic, _ => EvictAsync(cache, CancellationToken.None));
}
