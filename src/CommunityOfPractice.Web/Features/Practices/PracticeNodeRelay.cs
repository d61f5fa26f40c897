using CommunityOfPractice.Features.Live;
using CommunityOfPractice.Features.Practices;
using Microsoft.AspNetCore.OutputCaching;

namespace CommunityOfPractice.Web.Features.Practices;

/// <summary>"The public repository changed" on one node: the others rebuild their catalog and drop their cached pages too.</summary>
internal sealed class PracticeNodeRelay(PracticeCatalog catalog, IOutputCacheStore cache) : INodeRelay
{
    public static readonly NodeTopic<PracticesChanged> Topic = new NodeTopic<PracticesChanged>("practices");

    public void Connect(INodeBus bus) => bus.Subscribe(Topic, async _ =>
    {
        catalog.Invalidate();
        await cache.EvictByTagAsync(PracticesWeb.CachePolicy, CancellationToken.None);
    });
}
