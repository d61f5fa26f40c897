using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Files;
using CommunityOfPractice.Features.Practices;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Statements;

/// <summary>
/// The campaign toolkit: whoever runs the statement (coordinators, the group's chair) attaches PDF, PNG or JPEG files,
/// recognised by their first bytes and at most 10 MB each, stored under a random name in the file store, and removes
/// them; the public downloads them once the statement is published.
/// </summary>
internal sealed class StatementToolkit(CommunityDbContext db, StatementAccess access, IFileStore files, AuditLog audit, IStatementPublication publication, TimeProvider clock)
{
    public const int MaxPerStatement = 10;

    /// <summary>Uploads live under the store's letters folder, one sub-folder per feature (as adhesion letters do).</summary>
    public static string KeyOf(string storedName) => $"letters/statements/{storedName}";

    public static FieldError TooLarge { get; } = new("Attachment", "A toolkit file must be at most {0} MB.", StatementAttachment.MaxBytes / 1024 / 1024);

    public async Task<CommandResult> AddAsync(Actor actor, bool isCoordinator, int statementId, string? fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        var statement = await db.Set<Statement>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == statementId, cancellationToken);
        if (statement is null || !await access.CanRunAsync(statement, actor.UserId, isCoordinator, cancellationToken))
        {
            return NotRunning;
        }
        if (content.Length == 0)
        {
            return CommandResult.Failed("Attachment", "Choose a file to attach.");
        }
        if (content.Length > StatementAttachment.MaxBytes)
        {
            return CommandResult.Failure([TooLarge]);
        }
        if (PracticeFiles.Sniff(content) is not { } contentType)
        {
            return CommandResult.Failed("Attachment", "A toolkit file must be a PDF, PNG or JPEG file.");
        }
        if (await db.Set<StatementAttachment>().CountAsync(a => a.StatementId == statementId, cancellationToken) >= MaxPerStatement)
        {
            return CommandResult.Failed("Attachment", "A statement can have at most {0} toolkit files.", MaxPerStatement);
        }
        var extension = contentType switch { "application/pdf" => ".pdf", "image/png" => ".png", _ => ".jpg" };
        var attachment = new StatementAttachment
        {
            StatementId = statementId,
            FileName = PracticeFiles.CleanName(fileName),
            StoredName = Guid.NewGuid().ToString("N") + extension,
            ContentType = contentType,
            Length = content.Length,
            AddedById = actor.UserId,
            AddedAt = clock.GetUtcNow(),
        };
        await files.WriteAsync(KeyOf(attachment.StoredName), new MemoryStream(content, writable: false), cancellationToken);
        db.Add(attachment);
        audit.Record(actor, "statement.toolkit-added", null, $"{statement.Title}: {attachment.FileName}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await files.DeleteAsync(KeyOf(attachment.StoredName), CancellationToken.None);
            throw;
        }
        if (statement.PublishedAt is not null)
        {
            await publication.ChangedAsync(cancellationToken);
        }
        return CommandResult.Success;
    }

    /// <summary>Removes a toolkit file: its row first, then its bytes from the store, so no listed file is ever missing.</summary>
    public async Task<CommandResult> RemoveAsync(Actor actor, bool isCoordinator, int statementId, int attachmentId, CancellationToken cancellationToken = default)
    {
        var statement = await db.Set<Statement>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == statementId, cancellationToken);
        if (statement is null || !await access.CanRunAsync(statement, actor.UserId, isCoordinator, cancellationToken))
        {
            return NotRunning;
        }
        var attachment = await db.Set<StatementAttachment>().SingleOrDefaultAsync(a => a.Id == attachmentId && a.StatementId == statementId, cancellationToken);
        if (attachment is null)
        {
            return CommandResult.Failed("Attachment", "This file is no longer in the toolkit.");
        }
        db.Remove(attachment);
        audit.Record(actor, "statement.toolkit-removed", null, $"{statement.Title}: {attachment.FileName}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else removed it a moment before: answered as if it had already been gone.
            return CommandResult.Failed("Attachment", "This file is no longer in the toolkit.");
        }
        await files.DeleteAsync(KeyOf(attachment.StoredName), CancellationToken.None);
        if (statement.PublishedAt is not null)
        {
            await publication.ChangedAsync(cancellationToken);
        }
        return CommandResult.Success;
    }

    private static CommandResult NotRunning => CommandResult.Failed("Attachment", "Only coordinators and the group's chair can change a statement's toolkit.");
}
