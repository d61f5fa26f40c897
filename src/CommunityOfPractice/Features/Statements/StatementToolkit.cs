using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Files;
using CommunityOfPractice.Features.Practices;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Statements;

/// <summary>
/// The campaign toolkit: coordinators attach PDF, PNG or JPEG files, recognised by their first bytes and at most
/// 10 MB each, stored under a random name in the file store; the public downloads them once the statement is published.
/// </summary>
public sealed class StatementToolkit(CommunityDbContext db, IFileStore files, AuditLog audit, IStatementPublication publication, TimeProvider clock)
{
    public const int MaxPerStatement = 10;

    /// <summary>Uploads live under the store's letters folder, one sub-folder per feature (as adhesion letters do).</summary>
    public static string KeyOf(string storedName) => $"letters/statements/{storedName}";

    public static FieldError TooLarge { get; } = new("Attachment", "A toolkit file must be at most {0} MB.", StatementAttachment.MaxBytes / 1024 / 1024);

    public async Task<CommandResult> AddAsync(Actor actor, bool isCoordinator, int statementId, string? fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        if (!isCoordinator)
        {
            return CommandResult.Failed("Attachment", "Only coordinators can attach files to a statement.");
        }
        var statement = await db.Set<Statement>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == statementId, cancellationToken);
        if (statement is null)
        {
            return CommandResult.Failed("", "This statement does not exist.");
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
}
