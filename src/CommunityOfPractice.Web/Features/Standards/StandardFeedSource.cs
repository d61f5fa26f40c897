using CommunityOfPractice.Features.Standards;
using CommunityOfPractice.Web.Platform;

namespace CommunityOfPractice.Web.Features.Standards;

/// <summary>Each published version of a standard is an entry of the public feed.</summary>
internal sealed class StandardFeedSource(PublishedStandards standards) : IAtomFeedSource
{
    public async Task<IReadOnlyList<AtomFeedEntry>> LatestAsync(int count, CancellationToken cancellationToken) =>
        (await standards.ListAsync(cancellationToken))
            .SelectMany(s => s.Versions.Select(v => new AtomFeedEntry($"{s.Title} (v{v.Number})", $"standards/{s.Slug}/v{v.Number}", v.PublishedAt, v.PublishedAt,
                s.Summary, System.Net.WebUtility.HtmlEncode(s.Summary), s.Language, [])))
            .OrderByDescending(e => e.Updated)
            .Take(count)
            .ToList();

    public Task<DateTimeOffset> LastChangedAsync(CancellationToken cancellationToken) => standards.LastChangedAsync(cancellationToken);
}
