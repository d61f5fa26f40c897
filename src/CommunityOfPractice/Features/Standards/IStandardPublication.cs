namespace CommunityOfPractice.Features.Standards;

/// <summary>
/// Told after what the public sees of a standard changed (a version published, an endorsement window opened, an
/// endorsement confirmed), so cached public pages are dropped.
/// </summary>
internal interface IStandardPublication
{
    Task ChangedAsync(CancellationToken cancellationToken = default);
}
