using CommunityOfPractice.Features.Live;
using Microsoft.AspNetCore.OutputCaching;

namespace CommunityOfPractice.Web.Features.Organisations;

/// <summary>"The organisations' public summary changed" on one node: the others drop their cached copies too.</summary>
internal sealed class OrganisationNodeRelay(IOutputCacheStore cache) : INodeRelay
{
    public static readonly NodeTopic<OrganisationsChanged> Topic = new NodeTopic<OrganisationsChanged>("organisations");

    public void Connect(INodeBus bus) => bus.Subscribe(Topic, _ => cache.EvictByTagAsync(OrganisationsWeb.CachePolicy, CancellationToken.None).AsTask());
}
