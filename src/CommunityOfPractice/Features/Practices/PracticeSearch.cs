namespace CommunityOfPractice.Features.Practices;

/// <summary>
/// The public search: full text through the index, filters and facets over the catalog snapshot. The ranked match of
/// a search's words is kept with the snapshot (see <see cref="CatalogSnapshot.MatchAsync"/>), so its next pages and
/// filters do not rank the same words again.
/// </summary>
internal sealed class PracticeSearch(PracticeCatalog catalog, PracticeSearchIndex index)
{
    public async Task<PracticeResults> SearchAsync(PracticeQuery query, IReadOnlyList<FieldError> notices, CancellationToken cancellationToken = default)
    {
        var snapshot = await catalog.SnapshotAsync(cancellationToken);
        var warnings = notices.ToList();
        if (query.Theme is { } theme && !snapshot.ThemesById.ContainsKey(theme))
        {
            warnings.Add(new("theme", "An unknown filter was ignored."));
            query = query with { Theme = null };
        }
        var match = PracticeSearchIndex.ToMatch(query.Text);
        IReadOnlyList<int>? positions = null;
        if (match is not null)
        {
            positions = await snapshot.MatchAsync(match, index, cancellationToken);
            if (query.EffectiveSort == PracticeSort.Newest)
            {
                // The snapshot is newest first: its positions are the date order.
                positions = positions.Order().ToList();
            }
        }
        var (facets, results) = snapshot.Count(positions, query);
        var pageCount = Math.Max(1, (results.Count + PracticeQuery.PageSize - 1) / PracticeQuery.PageSize);
        if (query.Page > pageCount)
        {
            warnings.Add(new("page", "That page does not exist: here is the last one."));
            query = query with { Page = pageCount };
        }
        var page = results.Skip((query.Page - 1) * PracticeQuery.PageSize).Take(PracticeQuery.PageSize).Select(position => snapshot.Entries[position]).ToList();
        var snippets = match is not null
            ? await index.SnippetsAsync(match, page.Select(p => p.Id).ToList(), cancellationToken)
            : new Dictionary<int, string>();
        return new PracticeResults(query, page.Select(p => new PracticeHit(p, snippets.GetValueOrDefault(p.Id))).ToList(), results.Count, pageCount, facets, warnings, snapshot.ThemesById);
    }
}
