using CommunityOfPractice.Features.Live;
using CommunityOfPractice.Features.Practices;
using Microsoft.AspNetCore.OutputCaching;

namespace CommunityOfPractice.Web.Features.Practices;

/// <summary>Keeps the public views true: the catalog snapshot is rebuilt and the cached anonymous pages dropped.</summary>
internal sealed class PracticePublication(PracticeCatalog catalog, IOutputCacheStore cache, INodeBus nodes) : IPracticePublication
{
    public async Task ChangedAsync(CancellationToken cancellationToken = default)
    {
        catalog.Invalidate();
        await cache.EvictByTagAsync(PracticesWeb.CachePolicy, cancellationToken);
        await nodes.PublishAsync(PracticeNodeRelay.Topic, new PracticesChanged());
    }
}
