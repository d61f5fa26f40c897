namespace CommunityOfPractice.Web.Platform;

/// <summary>One entry of the site's public Atom feed (<c>/practices/feed.atom</c>); <paramref name="Path"/> is relative to the site's base.</summary>
internal sealed record AtomFeedEntry(string Title, string Path, DateTimeOffset Published, DateTimeOffset Updated, string Summary, string Html, string Language,
    IReadOnlyList<string> Categories)
{
    /// <summary>The output-cache tag of the feed, which a source evicts when its entries change.</summary>
    public const string CacheTag = "atom-feed";
}
