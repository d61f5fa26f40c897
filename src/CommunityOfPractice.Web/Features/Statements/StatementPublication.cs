using CommunityOfPractice.Features.Live;
using CommunityOfPractice.Features.Statements;
using Microsoft.AspNetCore.OutputCaching;

namespace CommunityOfPractice.Web.Features.Statements;

/// <summary>Keeps the public views true: the cached statement pages, API answers and feed are dropped, on every node.</summary>
internal sealed class StatementPublication(IOutputCacheStore cache, INodeBus nodes) : IStatementPublication
{
    public async Task ChangedAsync(CancellationToken cancellationToken = default)
    {
        await StatementNodeRelay.EvictAsync(cache, cancellationToken);
        await nodes.PublishAsync(StatementNodeRelay.Topic, new StatementsChanged());
    }
}
