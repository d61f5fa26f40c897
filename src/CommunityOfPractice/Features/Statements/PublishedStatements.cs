using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Files;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Statements;

/// <summary>The public side of statements: published ones only, always (a draft or open statement is not there).</summary>
internal sealed class PublishedStatements(CommunityDbContext db, IFileStore files)
{
    private IQueryable<Statement> Published => db.Set<Statement>().AsNoTracking().Where(s => s.PublishedAt != null);

    public async Task<List<StatementListItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        var statements = await Published.Select(s => new { Statement = s, Signatures = s.Signatures.Count }).ToListAsync(cancellationToken);
        return statements
            .Select(s => new StatementListItem(s.Statement.Slug, s.Statement.Title, s.Statement.Language, StatementState.Closed, true, s.Statement.OpensAt, s.Statement.ClosesAt,
                s.Statement.PublishedAt, s.Signatures))
            .OrderByDescending(s => s.PublishedAt)
            .ToList();
    }

    public async Task<PublicStatement?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        var statement = await Published.SingleOrDefaultAsync(s => s.Slug == slug, cancellationToken);
        if (statement is null)
        {
            return null;
        }
        var translations = await Published.Where(s => s.TranslationKey == statement.TranslationKey && s.Id != statement.Id)
            .OrderBy(s => s.Language).Select(s => new StatementTranslation(s.Slug, s.Language, s.Title)).ToListAsync(cancellationToken);
        var attachments = await db.Set<StatementAttachment>().AsNoTracking().Where(a => a.StatementId == statement.Id).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return new PublicStatement(statement, await StatementReader.SignatoriesAsync(db, statement.Id, cancellationToken), translations, attachments);
    }

    /// <summary>When the public views last changed: the latest publication (toolkit files are added before or drop the cache themselves).</summary>
    public async Task<DateTimeOffset> LastChangedAsync(CancellationToken cancellationToken = default) =>
        (await Published.Select(s => s.PublishedAt!.Value).ToListAsync(cancellationToken)).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();

    /// <summary>A toolkit file of a published statement; null for any other.</summary>
    public async Task<FileDownload?> AttachmentAsync(string slug, int attachmentId, CancellationToken cancellationToken = default)
    {
        var attachment = await db.Set<StatementAttachment>().AsNoTracking()
            .Where(a => a.Id == attachmentId && Published.Any(s => s.Id == a.StatementId && s.Slug == slug)).SingleOrDefaultAsync(cancellationToken);
        if (attachment is null || await files.OpenReadAsync(StatementToolkit.KeyOf(attachment.StoredName), cancellationToken) is not { } content)
        {
            return null;
        }
        return new FileDownload(content, attachment.ContentType, attachment.FileName);
    }
}
