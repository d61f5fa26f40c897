using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Debates;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Practices;

/// <summary>Reads entries for each audience; the public paths filter on the published revision in the query itself.</summary>
internal sealed class PracticeReader(CommunityDbContext db, DebateAccess access)
{
    public async Task<PublicEntry?> PublicAsync(string slug, CancellationToken cancellationToken = default)
    {
        var found = await db.Practices.AsNoTracking()
            .Where(p => p.Slug == slug && p.Status == PracticeStatus.Published && p.PublicRevisionId != null)
            .Join(db.PracticeRevisions.AsNoTracking(), p => p.PublicRevisionId, r => r.Id, (p, r) => new { Practice = p, Revision = r })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }
        var translations = found.Practice.TranslationGroupId is { } group
            ? await db.Practices.AsNoTracking()
                .Where(p => p.TranslationGroupId == group && p.Id != found.Practice.Id && p.Status == PracticeStatus.Published && p.PublicRevisionId != null)
                .Join(db.PracticeRevisions.AsNoTracking(), p => p.PublicRevisionId, r => r.Id, (p, r) => new PracticeTranslation(p.Slug, r.Content.Language, r.Content.Title))
                .ToListAsync(cancellationToken)
            : [];
        return new PublicEntry(found.Practice, found.Revision, await ThemesAsync(found.Revision.Content, cancellationToken),
            translations.OrderBy(t => t.Language).ToList(), await AttachmentsAsync(found.Practice.Id, cancellationToken));
    }

    /// <summary>Null when the viewer may not see it: another member's entry, or a draft for a curator.</summary>
    public async Task<ReviewedEntry?> ForReviewAsync(int id, string viewerId, CancellationToken cancellationToken = default)
    {
        var practice = await db.Practices.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (practice is null)
        {
            return null;
        }
        var isCurator = (await access.RolesOfAsync(viewerId, cancellationToken)).IsModerator;
        var isSubmitter = practice.SubmitterId == viewerId;
        if (!PracticePermissions.CanView(practice.Status, isSubmitter, isCurator))
        {
            return null;
        }
        var submitter = await db.Users.AsNoTracking().Where(u => u.Id == practice.SubmitterId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken) ?? "";
        var notes = await db.PracticeReviewNotes.AsNoTracking().Where(n => n.PracticeId == id).OrderBy(n => n.At).ThenBy(n => n.Id).ToListAsync(cancellationToken);
        var revision = practice.PublicRevisionId is { } revisionId ? await db.PracticeRevisions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == revisionId, cancellationToken) : null;
        return new ReviewedEntry(practice, submitter, notes, await ThemesAsync(practice.Content, cancellationToken), await AttachmentsAsync(id, cancellationToken), revision, isSubmitter, isCurator);
    }

    public async Task<IReadOnlyList<PracticeSummary>> MineAsync(string userId, CancellationToken cancellationToken = default) =>
        await Summaries(db.Practices.Where(p => p.SubmitterId == userId)).ToListAsync(cancellationToken);

    /// <summary>What curators have to look at: submitted entries, oldest first.</summary>
    public async Task<IReadOnlyList<PracticeSummary>> WaitingAsync(CancellationToken cancellationToken = default) =>
        (await Summaries(Waiting).ToListAsync(cancellationToken)).OrderBy(p => p.UpdatedAt).ToList();

    /// <summary>How many entries <see cref="WaitingAsync"/> lists.</summary>
    public Task<int> WaitingCountAsync(CancellationToken cancellationToken = default) => Waiting.CountAsync(cancellationToken);

    private IQueryable<Practice> Waiting => db.Practices.Where(p => p.Status == PracticeStatus.Submitted);

    public async Task<IReadOnlyList<PracticeTheme>> AllThemesAsync(CancellationToken cancellationToken = default) =>
        await db.PracticeThemes.AsNoTracking().OrderBy(t => t.Order).ThenBy(t => t.Id).ToListAsync(cancellationToken);

    /// <summary>The newest published revisions, for the Atom feed.</summary>
    public async Task<IReadOnlyList<(Practice Practice, PracticeRevision Revision)>> LatestAsync(int count, CancellationToken cancellationToken = default) =>
        (await db.Practices.AsNoTracking()
            .Where(p => p.Status == PracticeStatus.Published && p.PublicRevisionId != null)
            .Join(db.PracticeRevisions.AsNoTracking(), p => p.PublicRevisionId, r => r.Id, (p, r) => new { p, r })
            .OrderByDescending(x => x.r.Id)
            .Take(count)
            .ToListAsync(cancellationToken))
        .Select(x => (x.p, x.r)).ToList();

    /// <summary>
    /// The last change of any entry that is or was public: publishing, a new revision, withdrawing. Never earlier
    /// than what the public views show, so it can stand as their <c>Last-Modified</c>.
    /// </summary>
    public async Task<DateTimeOffset> LastChangedAsync(CancellationToken cancellationToken = default) =>
        await db.Practices.AsNoTracking()
            .Where(p => p.FirstPublishedAt != null)
            .OrderByDescending(p => p.UpdatedAt)
            .Select(p => (DateTimeOffset?)p.UpdatedAt)
            .FirstOrDefaultAsync(cancellationToken) ?? DateTimeOffset.UnixEpoch;

    private IQueryable<PracticeSummary> Summaries(IQueryable<Practice> practices) =>
        practices.AsNoTracking().OrderByDescending(p => p.UpdatedAt)
            .Join(db.Users, p => p.SubmitterId, u => u.Id, (p, u) => new PracticeSummary(p.Id, p.Slug, p.Content.Title, p.Status, p.UpdatedAt, u.DisplayName));

    private async Task<IReadOnlyList<PracticeTheme>> ThemesAsync(PracticeContent content, CancellationToken cancellationToken)
    {
        var ids = content.ThemeList.ToList();
        return await db.PracticeThemes.AsNoTracking().Where(t => ids.Contains(t.Id)).OrderBy(t => t.Order).ToListAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<PracticeAttachment>> AttachmentsAsync(int practiceId, CancellationToken cancellationToken) =>
        await db.PracticeAttachments.AsNoTracking().Where(a => a.PracticeId == practiceId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
}
