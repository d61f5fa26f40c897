using System.Collections.Concurrent;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.Features.Practices;

/// <summary>What the public list shows of a published entry, and what its facets count. Never a draft.</summary>
public sealed record PublicPractice(
    int Id,
    string Slug,
    string Title,
    string Summary,
    string Language,
    IReadOnlyList<string> Countries,
    IReadOnlySet<WhoRegion> Regions,
    NcdAreas Areas,
    InvolvementTypes Involvement,
    IReadOnlyList<int> Themes,
    IReadOnlyList<int> Years,
    DateTimeOffset PublishedAt,
    int? TranslationGroupId)
{
    // Plain arrays, computed once: facets are counted over every entry on each request, so no per-request
    // enumeration of flags, sets or interfaces.
    internal WhoRegion[] RegionArray { get; } = [.. Regions];
    internal string[] CountryArray { get; } = [.. Countries];
    internal int[] ThemeArray { get; } = [.. Themes];
    internal int[] YearArray { get; } = [.. Years];
}

/// <summary>The published entries, newest first, with an index by id, their facet keys, the themes, and the searches made since.</summary>
public sealed class CatalogSnapshot
{
    /// <summary>The ranked matches kept, in positions: past this, the kept ones are dropped and counting starts again.</summary>
    private const int MatchBudget = 4_000_000;

    /// <summary>At most this many distinct searches are kept between two drops (a crawler's distinct words are not kept forever).</summary>
    private const int MaxMatches = 2_000;

    private readonly PracticeFacetIndex facets;
    private readonly ConcurrentDictionary<string, int[]> matches = new(StringComparer.Ordinal);
    private int matchedPositions;

    public CatalogSnapshot(IReadOnlyList<PublicPractice> entries, IReadOnlyList<PracticeTheme> themes)
    {
        Entries = entries;
        ThemesById = themes.ToDictionary(t => t.Id);
        PositionById = entries.Select((e, i) => (e.Id, i)).ToDictionary(p => p.Id, p => p.i);
        facets = new PracticeFacetIndex(entries);
    }

    /// <summary>Newest published first.</summary>
    public IReadOnlyList<PublicPractice> Entries { get; }

    /// <summary>Every theme, retired ones too, by id.</summary>
    public IReadOnlyDictionary<int, PracticeTheme> ThemesById { get; }

    /// <summary>An entry's position in <see cref="Entries"/>, by id: sorting by date is sorting by position.</summary>
    public IReadOnlyDictionary<int, int> PositionById { get; }

    /// <summary>See <see cref="PracticeFacetIndex.Count"/>: the facets of the entries at <paramref name="positions"/> (null: all), and those passing every filter.</summary>
    public (PracticeFacets Facets, IReadOnlyList<int> Passing) Count(IReadOnlyList<int>? positions, PracticeQuery query) => facets.Count(positions, query);

    /// <summary>
    /// The positions of the entries matching <paramref name="match"/>, best first. Ranking every match is most of a
    /// search's cost, and a visitor's next page, sort or filter asks for the same words: the ranking is kept with this
    /// snapshot, which publishing replaces, so it is never older than the index.
    /// </summary>
    public async Task<IReadOnlyList<int>> MatchAsync(string match, PracticeSearchIndex index, CancellationToken cancellationToken = default)
    {
        if (matches.TryGetValue(match, out var kept))
        {
            return kept;
        }
        // An id the snapshot lacks was published since it was taken: left out, as the rest of the page leaves it out.
        var positions = (await index.MatchAsync(match, cancellationToken))
            .Select(id => PositionById.TryGetValue(id, out var position) ? position : -1).Where(p => p >= 0).ToArray();
        if (Interlocked.Add(ref matchedPositions, positions.Length + 16) > MatchBudget || matches.Count >= MaxMatches)
        {
            matches.Clear();
            Interlocked.Exchange(ref matchedPositions, positions.Length + 16);
        }
        matches[match] = positions;
        return positions;
    }
}

/// <summary>
/// An in-memory snapshot of the published entries (their public revisions, without bodies) and of the themes: facets
/// are counted here, in microseconds, rather than by one GROUP BY per facet. Rebuilt on first use after
/// <see cref="Invalidate"/>, which publishing, unpublishing and changing a theme call.
/// </summary>
public sealed class PracticeCatalog(IServiceScopeFactory scopes)
{
    private readonly SemaphoreSlim loading = new(1, 1);
    private volatile CatalogSnapshot? snapshot;
    private long version;

    public void Invalidate()
    {
        Interlocked.Increment(ref version);
        snapshot = null;
    }

    public async Task<CatalogSnapshot> SnapshotAsync(CancellationToken cancellationToken = default)
    {
        if (snapshot is { } current)
        {
            return current;
        }
        await loading.WaitAsync(cancellationToken);
        try
        {
            if (snapshot is { } loaded)
            {
                return loaded;
            }
            var wanted = Interlocked.Read(ref version);
            var fresh = await LoadAsync(cancellationToken);
            // An invalidation during the load means the list may already be stale: use it once, keep nothing.
            if (Interlocked.Read(ref version) == wanted)
            {
                snapshot = fresh;
            }
            return fresh;
        }
        finally
        {
            loading.Release();
        }
    }

    private async Task<CatalogSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var rows = await db.Practices.AsNoTracking()
            .Where(p => p.Status == PracticeStatus.Published && p.PublicRevisionId != null)
            .Join(db.PracticeRevisions.AsNoTracking(), p => p.PublicRevisionId, r => r.Id, (p, r) => new
            {
                p.Id, p.Slug, p.TranslationGroupId, r.PublishedAt,
                r.Content.Title, r.Content.Summary, r.Content.Language, r.Content.Countries, r.Content.NcdAreas, r.Content.Involvement,
                r.Content.Themes, r.Content.YearFrom, r.Content.YearTo,
            })
            .ToListAsync(cancellationToken);
        var themes = await db.PracticeThemes.AsNoTracking().ToListAsync(cancellationToken);
        var entries = rows.Select(r =>
        {
            var content = new PracticeContent { Countries = r.Countries, Themes = r.Themes, YearFrom = r.YearFrom, YearTo = r.YearTo };
            var countries = content.CountryList;
            return new PublicPractice(r.Id, r.Slug, r.Title, r.Summary, r.Language, countries,
                countries.Select(CountryCatalog.Find).Where(c => c is not null).Select(c => c!.Region).ToHashSet(),
                r.NcdAreas, r.Involvement, content.ThemeList, content.Years.ToList(), r.PublishedAt, r.TranslationGroupId);
        }).OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id).ToList();
        return new CatalogSnapshot(entries, themes);
    }
}
