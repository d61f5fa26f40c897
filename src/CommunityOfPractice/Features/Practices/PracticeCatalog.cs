using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Geography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.Features.Practices;

/// <summary>
/// An in-memory snapshot of the published entries (their public revisions, without bodies) and of the themes: facets
/// are counted here, in microseconds, rather than by one GROUP BY per facet. Rebuilt on first use after
/// <see cref="Invalidate"/>, which publishing, unpublishing and changing a theme call.
/// </summary>
internal sealed class PracticeCatalog(IServiceScopeFactory scopes)
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
