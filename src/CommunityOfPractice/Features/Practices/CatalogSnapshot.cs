using System.Collections.Concurrent;

namespace CommunityOfPractice.Features.Practices;

/// <summary>The published entries, newest first, with an index by id, their facet keys, the themes, and the searches made since.</summary>
internal sealed class CatalogSnapshot
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
