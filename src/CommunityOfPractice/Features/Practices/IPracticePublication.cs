namespace CommunityOfPractice.Features.Practices;

/// <summary>Told after the public set of entries changed, so caches and search snapshots are refreshed.</summary>
internal interface IPracticePublication
{
    Task ChangedAsync(CancellationToken cancellationToken = default);
}
