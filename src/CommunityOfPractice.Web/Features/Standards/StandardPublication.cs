using CommunityOfPractice.Features.Live;
using CommunityOfPractice.Features.Standards;
using Microsoft.AspNetCore.OutputCaching;

namespace CommunityOfPractice.Web.Features.Standards;

/// <summary>Keeps the public views true: the cached anonymous standard pages and the feed are dropped, on every node.</summary>
internal sealed class StandardPublication(IOutputCacheStore cache, INodeBus nodes) : IStandardPublication
{
    public async Task ChangedAsync(CancellationToken cancellationToken = default)
    {
        await StandardNodeRelay.EvictAsync(cache, cancellationToken);
        await nodes.PublishAsync(StandardNodeRelay.Topic, new StandardsChanged());
    }
}
