namespace CommunityOfPractice.Features.Statements;

/// <summary>Told after a published statement's public views change (its publication, its toolkit): the host drops their cached copies.</summary>
internal interface IStatementPublication
{
    Task ChangedAsync(CancellationToken cancellationToken = default);
}
