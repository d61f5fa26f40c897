using System.Text.Json;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Debates;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Syntheses;

/// <summary>Reads syntheses for the pages and the API. The API sees finalised versions only.</summary>
internal sealed class SynthesisReader(CommunityDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<SynthesisListItem>> AllAsync(CancellationToken cancellationToken = default) =>
        await db.Syntheses.AsNoTracking()
            .Where(s => s.Debate!.WorkingGroupId == null)
            .OrderByDescending(s => s.Id)
            .Select(s => new SynthesisListItem(s.Id, s.DebateId, s.Debate!.Title, s.Debate.ClosesAt,
                s.Versions.Max(v => (int?)v.Number), s.Versions.OrderByDescending(v => v.Number).Select(v => (DateTimeOffset?)v.FinalisedAt).FirstOrDefault(),
                s.UpdatedAt, s.ReviewOpensAt, s.ReviewClosesAt))
            .ToListAsync(cancellationToken);

    /// <summary>Published debates that have opened and have no synthesis yet.</summary>
    public async Task<IReadOnlyList<DebateChoice>> DebatesWithoutSynthesisAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var debates = await db.Debates.AsNoTracking().OfTheCommunity()
            .Where(d => d.IsPublished && !db.Syntheses.Any(s => s.DebateId == d.Id))
            .Select(d => new DebateChoice(d.Id, d.Title, d.OpensAt, d.ClosesAt))
            .ToListAsync(cancellationToken);
        return debates.Where(d => d.OpensAt <= now).OrderByDescending(d => d.ClosesAt).ToList();
    }

    /// <summary>How many of <see cref="DebatesWithoutSynthesisAsync"/> have closed: the ones waiting for someone to write theirs.</summary>
    public async Task<int> ClosedWithoutSynthesisCountAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return (await DebatesWithoutSynthesisAsync(cancellationToken)).Count(d => d.ClosesAt <= now);
    }

    public Task<Synthesis?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.Syntheses.AsNoTracking().Include(s => s.Debate).SingleOrDefaultAsync(s => s.Id == id && s.Debate!.WorkingGroupId == null, cancellationToken);

    public async Task<IReadOnlyList<VersionSummary>> VersionsAsync(int synthesisId, CancellationToken cancellationToken = default) =>
        await db.SynthesisVersions.AsNoTracking().Where(v => v.SynthesisId == synthesisId)
            .OrderByDescending(v => v.Number).Select(v => new VersionSummary(v.Id, v.Number, v.FinalisedAt)).ToListAsync(cancellationToken);

    /// <summary>Highlighted posts of the debate, for the builder's "cite" list; quotable or not, as their consent says.</summary>
    public async Task<IReadOnlyList<DebateContribution>> HighlightedAsync(int debateId, CancellationToken cancellationToken = default) =>
        await db.Posts.AsNoTracking()
            .Where(p => p.DebateId == debateId && p.IsHighlighted && p.Status == PostStatus.Published)
            .OrderBy(p => p.Id)
            .Select(p => new DebateContribution(p.Id, p.ParentId, p.QuestionId, p.Kind, p.Status, p.Consent, p.IsHighlighted, p.CreatedAt, p.Markdown,
                p.AuthorId, p.Author!.DisplayName, p.Author.Category, p.Author.NcdAreas, p.Author.CountryCode, p.Author.DeletedAt != null,
                p.Author.ShowCategory, p.Author.ShowCountry))
            .ToListAsync(cancellationToken);

    /// <summary>The latest (or a given) finalised version of each synthesis, newest first: what the API publishes.</summary>
    public async Task<IReadOnlyList<(SynthesisVersion Version, string DebateTitle, int DebateId)>> PublishedAsync(CancellationToken cancellationToken = default)
    {
        var latest = await db.SynthesisVersions.AsNoTracking()
            .Where(v => v.Number == db.SynthesisVersions.Where(o => o.SynthesisId == v.SynthesisId).Max(o => o.Number) && v.Synthesis!.Debate!.WorkingGroupId == null)
            .Select(v => new { Version = new SynthesisVersion { Id = v.Id, SynthesisId = v.SynthesisId, Number = v.Number, FinalisedAt = v.FinalisedAt }, v.Synthesis!.Debate!.Title, v.Synthesis.DebateId })
            .ToListAsync(cancellationToken);
        return latest.OrderByDescending(v => v.Version.FinalisedAt).Select(v => (v.Version, v.Title, v.DebateId)).ToList();
    }

    public async Task<SynthesisVersion?> VersionAsync(int synthesisId, int? number, CancellationToken cancellationToken = default) =>
        await db.SynthesisVersions.AsNoTracking()
            .Where(v => v.SynthesisId == synthesisId && (number == null || v.Number == number))
            .OrderByDescending(v => v.Number)
            .FirstOrDefaultAsync(cancellationToken);

    public Task<bool> ExistsAsync(int synthesisId, CancellationToken cancellationToken = default) =>
        db.Syntheses.AnyAsync(s => s.Id == synthesisId, cancellationToken);

    public static SynthesisDocument Document(SynthesisVersion version) =>
        JsonSerializer.Deserialize<SynthesisDocument>(version.Document, SynthesisComposer.Json)!;
}
