using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Standards;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>
/// Reads a group's documents for its space, for those who may see the group only: anyone else, and any document of
/// another group or of the community, gets nothing, as a document that does not exist.
/// </summary>
internal sealed class GroupDocumentReader(CommunityDbContext db, WorkingGroupAccess access, TimeProvider clock)
{
    /// <summary>The group's documents by title, each with its latest version; empty when the viewer may not see the group.</summary>
    public async Task<IReadOnlyList<GroupDocumentItem>> ListAsync(int groupId, string viewerId, CancellationToken cancellationToken = default)
    {
        if (!await access.CanSeeAsync(groupId, viewerId, cancellationToken))
        {
            return [];
        }
        var rows = await db.StandardVersions.AsNoTracking().Where(v => v.Document!.WorkingGroupId == groupId && v.PublishedAt != null)
            .Select(v => new { v.DocumentId, v.Document!.Title, v.Document.Summary, v.Number, PublishedAt = v.PublishedAt!.Value })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.DocumentId).Select(g => g.MaxBy(r => r.Number)!)
            .Select(r => new GroupDocumentItem(r.DocumentId, r.Title, r.Summary, r.Number, r.PublishedAt))
            .OrderBy(d => d.Title, StringComparer.CurrentCultureIgnoreCase).ThenBy(d => d.Id).ToList();
    }

    /// <summary>
    /// Version <paramref name="number"/> of one of the group's documents (the latest when null) with its numbered text;
    /// null when the group, the document or the version is not there, or the viewer may not see the group.
    /// </summary>
    public async Task<GroupDocumentView?> VersionAsync(int groupId, int documentId, int? number, string viewerId, CancellationToken cancellationToken = default)
    {
        var group = await db.Set<WorkingGroup>().AsNoTracking().SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        if (group is null || !await access.CanSeeAsync(groupId, viewerId, cancellationToken))
        {
            return null;
        }
        var document = await db.StandardDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.WorkingGroupId == groupId, cancellationToken);
        if (document is null)
        {
            return null;
        }
        var versions = (await db.StandardVersions.AsNoTracking().Where(v => v.DocumentId == documentId && v.PublishedAt != null)
                .Select(v => new { v.Number, PublishedAt = v.PublishedAt!.Value }).ToListAsync(cancellationToken))
            .OrderBy(v => v.Number).Select(v => new PublishedVersionItem(v.Number, v.PublishedAt)).ToList();
        var chosen = number ?? versions.LastOrDefault()?.Number;
        if (chosen is null || versions.All(v => v.Number != chosen))
        {
            return null;
        }
        var version = await db.StandardVersions.AsNoTracking().SingleAsync(v => v.DocumentId == documentId && v.Number == chosen, cancellationToken);
        var sections = (await db.StandardSections.AsNoTracking().Where(s => s.VersionId == version.Id).ToListAsync(cancellationToken)).OrderBy(s => s.Order).ToList();
        var paragraphs = (await db.StandardParagraphs.AsNoTracking().Where(p => p.VersionId == version.Id).ToListAsync(cancellationToken)).OrderBy(p => p.Order).ToList();
        var canPublish = !group.IsClosedAt(clock.GetUtcNow()) && await GroupDocumentRules.MayWriteAsync(db, access, group, viewerId, cancellationToken);
        return new GroupDocumentView(group, document, version, sections, paragraphs, versions, canPublish);
    }

    /// <summary>Whether the viewer may add a document to the group: it exists, is in its term, and they are its chair or a coordinator with two-factor sign-in.</summary>
    public async Task<bool> CanWriteAsync(int groupId, string viewerId, CancellationToken cancellationToken = default)
    {
        var group = await db.Set<WorkingGroup>().AsNoTracking().SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        return group is not null && !group.IsClosedAt(clock.GetUtcNow()) && await GroupDocumentRules.MayWriteAsync(db, access, group, viewerId, cancellationToken);
    }

    /// <summary>The paragraphs of another version of a document the viewer was allowed to read (<paramref name="view"/>), for comparing.</summary>
    public async Task<IReadOnlyList<StandardParagraph>> ParagraphsAsync(GroupDocumentView view, int number, CancellationToken cancellationToken = default) =>
        await db.StandardParagraphs.AsNoTracking()
            .Where(p => db.StandardVersions.Any(v => v.Id == p.VersionId && v.DocumentId == view.Document.Id && v.Number == number && v.PublishedAt != null))
            .ToListAsync(cancellationToken);
}
