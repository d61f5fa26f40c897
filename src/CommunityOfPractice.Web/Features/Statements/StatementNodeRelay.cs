using CommunityOfPractice.Features.Live;
using CommunityOfPractice.Web.Platform;
using Microsoft.AspNetCore.OutputCaching;

namespace CommunityOfPractice.Web.Features.Statements;

/// <summary>"A statement's public view changed" on one node: the others drop their cached pages and feed too.</summary>
internal sealed class StatementNodeRelay(IOutputCacheStore cache) : INodeRelay
{
    public static readonly NodeTopic<StatementsChanged> Topic = new NodeTopic<StatementsChanged>("statements");

    public static async Task EvictAsync(IOutputCacheStore cache, CancellationToken cancellationToken)
    {
        await cache.EvictByTagAsync(StatementsWeb.CachePolicy, cancellationToken);
        await cache.EvictByTagAsync(AtomFeedEntry.CacheTag, cancellationToken);
    }

    public void Connect(INodeBus bus) => bus.Subscribe(Topic, _ => EvictAsync(cache, CancellationToken.None));
}
