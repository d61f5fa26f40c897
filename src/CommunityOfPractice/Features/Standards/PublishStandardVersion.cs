using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Content;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Standards;

/// <summary>
/// The drafters publish a version: the draft first version as it stands (or with a new body), then each next version
/// from a new body, numbered against the earlier ones. The next version waits until the round on the current one has
/// closed and every proposal made in it has an answer.
/// </summary>
internal sealed class PublishStandardVersion(CommunityDbContext db, StandardAccess access, MarkdownRenderer markdown, AuditLog audit, IStandardPublication publication, TimeProvider clock)
{
    /// <param name="body">The new version's Markdown; null publishes the draft as it is.</param>
    public async Task<CommandResult<StandardVersion>> HandleAsync(Actor drafter, int documentId, string? body, CancellationToken cancellationToken = default)
    {
        if (!await access.CanDraftAsync(drafter.UserId, cancellationToken))
        {
            return Refused("Only coordinators can draft standards.");
        }
        return await PublishAsync(drafter, documentId, null, body, cancellationToken);
    }

    /// <summary>
    /// Publishes the next version of a document of the community (<paramref name="groupId"/> null) or of one working
    /// group's space, once the caller has checked who may: a document of another place is "not found".
    /// </summary>
    internal async Task<CommandResult<StandardVersion>> PublishAsync(Actor drafter, int documentId, int? groupId, string? body, CancellationToken cancellationToken)
    {
        if (body is not null && StandardVersionText.Check(body) is { } bodyError)
        {
            return CommandResult<StandardVersion>.Failure([bodyError]);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var document = await db.StandardDocuments.SingleOrDefaultAsync(d => d.Id == documentId && d.WorkingGroupId == groupId, cancellationToken);
        if (document is null)
        {
            return Refused("This standard does not exist.");
        }
        if (document.FinalVersionId is not null)
        {
            return Refused("The final version is out for endorsement; it can no longer change.");
        }
        var latest = await db.StandardVersions.Where(v => v.DocumentId == documentId).OrderByDescending(v => v.Number).FirstAsync(cancellationToken);
        var now = clock.GetUtcNow();
        StandardVersion version;
        if (!latest.IsPublished)
        {
            version = latest;
            if (body is not null)
            {
                version.Markdown = body.Trim();
                await db.StandardParagraphs.Where(p => p.VersionId == version.Id).ExecuteDeleteAsync(cancellationToken);
                await db.StandardSections.Where(s => s.VersionId == version.Id).ExecuteDeleteAsync(cancellationToken);
                await StandardVersionText.NumberAsync(db, markdown, version, documentId, cancellationToken);
            }
        }
        else
        {
            if (body is null)
            {
                return Refused("Write the text of the standard.");
            }
            if (await RoundSettled.RefusalAsync(db, latest, now, "Body", cancellationToken) is { } unsettled)
            {
                return CommandResult<StandardVersion>.Failure([unsettled]);
            }
            version = new StandardVersion { DocumentId = documentId, Number = latest.Number + 1, Markdown = body.Trim(), CreatedAt = now };
            await StandardVersionText.NumberAsync(db, markdown, version, documentId, cancellationToken);
            db.StandardVersions.Add(version);
        }
        version.PublishedAt = now;
        version.PublishedById = drafter.UserId;
        audit.Record(drafter, groupId is null ? "standard.version-published" : "group.document.version-published", null, $"{document.Title} v{version.Number}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another drafter published the same version number a moment ago.
            return Refused("Someone published a version of this standard at the same time. Reload to see it; your text is kept.");
        }
        if (groupId is null)
        {
            // A group's document is in no public view, so no cached page or feed needs dropping.
            await publication.ChangedAsync(cancellationToken);
        }
        return version;
    }

    private static CommandResult<StandardVersion> Refused(string message, params object[] arguments) =>
        CommandResult<StandardVersion>.Failed("Body", message, arguments);
}
