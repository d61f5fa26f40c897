namespace CommunityOfPractice.Web.Platform;

/// <summary>A feature whose publications join the good practices in the public Atom feed; it evicts <see cref="AtomFeedEntry.CacheTag"/> when they change.</summary>
internal interface IAtomFeedSource
{
    Task<IReadOnlyList<AtomFeedEntry>> LatestAsync(int count, CancellationToken cancellationToken);

    Task<DateTimeOffset> LastChangedAsync(CancellationToken cancellationToken);
}
