using CommunityOfPractice.Features.Live;
using CommunityOfPractice.Features.Organisations;
using Microsoft.AspNetCore.OutputCaching;

namespace CommunityOfPractice.Web.Features.Organisations;

/// <summary>Keeps the public summary true: its cached copies are dropped, on every node.</summary>
internal sealed class OrganisationPublication(IOutputCacheStore cache, INodeBus nodes) : IOrganisationPublication
{
    public async Task ChangedAsync(CancellationToken cancellationToken = default)
    {
        await cache.EvictByTagAsync(OrganisationsWeb.CachePolicy, cancellationToken);
        await nodes.PublishAsync(OrganisationNodeRelay.Topic, new OrganisationsChanged());
    }
}
