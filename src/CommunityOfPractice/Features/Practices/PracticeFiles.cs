using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Files;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Practices;

/// <summary>
/// Attachments of an entry: PDF, PNG or JPEG recognised by their first bytes (never by name or declared type), at
/// most 10 MB each and <see cref="MaxPerEntry"/> per entry, stored under a random name in the file store.
/// Whoever may edit the entry adds and removes them; the public downloads them only while the entry is published.
/// </summary>
internal sealed class PracticeFiles(CommunityDbContext db, IFileStore files, DebateAccess access, AuditLog audit, IPracticePublication publication, TimeProvider clock)
{
    public const int MaxPerEntry = 5;

    /// <summary>Where an attachment's <see cref="PracticeAttachment.StoredName"/> is kept in the file store.</summary>
    public static string KeyOf(string storedName) => $"practices/{storedName}";

    /// <summary>The content type the bytes really are, or null when they are none of the accepted kinds.</summary>
    public static string? Sniff(ReadOnlySpan<byte> content) =>
        content.StartsWith("%PDF-"u8) ? "application/pdf"
        : content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : null;

    /// <summary>A name safe to show and to offer in a download: no folders, no control characters, at most 120 characters.</summary>
    public static string CleanName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or ':' or '*' or '?')).ToArray()).Trim();
        if (name.Length > 120)
        {
            var extension = Path.GetExtension(name);
            name = name[..(120 - Math.Min(extension.Length, 10))] + extension[..Math.Min(extension.Length, 10)];
        }
        return name.Length == 0 ? "attachment" : name;
    }

    public async Task<CommandResult> AddAsync(Actor actor, int practiceId, string? fileName, Stream content, long length, CancellationToken cancellationToken = default)
    {
        if (length > PracticeAttachment.MaxBytes)
        {
            return CommandResult.Failed("Attachment", "An attachment must be at most {0} MB.", PracticeAttachment.MaxBytes / 1024 / 1024);
        }
        var practice = await EditableAsync(actor, practiceId, cancellationToken);
        if (practice is null)
        {
            return CommandResult.Failed("", "This entry cannot be changed now.");
        }
        if (await db.PracticeAttachments.CountAsync(a => a.PracticeId == practiceId, cancellationToken) >= MaxPerEntry)
        {
            return CommandResult.Failed("Attachment", "An entry can have at most {0} attachments.", MaxPerEntry);
        }
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > PracticeAttachment.MaxBytes)
        {
            return CommandResult.Failed("Attachment", "An attachment must be at most {0} MB.", PracticeAttachment.MaxBytes / 1024 / 1024);
        }
        if (Sniff(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) is not { } contentType)
        {
            return CommandResult.Failed("Attachment", "Attach a PDF, PNG or JPEG file.");
        }
        var stored = Guid.NewGuid().ToString("N");
        buffer.Position = 0;
        await files.WriteAsync(KeyOf(stored), buffer, cancellationToken);
        var name = CleanName(fileName);
        db.PracticeAttachments.Add(new PracticeAttachment { PracticeId = practiceId, FileName = name, ContentType = contentType, Size = buffer.Length, StoredName = stored, UploadedAt = clock.GetUtcNow() });
        audit.Record(actor, "practice.attachment-added", null, $"{practice.Content.Title}: {name}");
        await db.SaveChangesAsync(cancellationToken);
        await ChangedAsync(practice, cancellationToken);
        return CommandResult.Success;
    }

    public async Task<CommandResult> RemoveAsync(Actor actor, int practiceId, int attachmentId, CancellationToken cancellationToken = default)
    {
        var practice = await EditableAsync(actor, practiceId, cancellationToken);
        var attachment = await db.PracticeAttachments.SingleOrDefaultAsync(a => a.Id == attachmentId && a.PracticeId == practiceId, cancellationToken);
        if (practice is null || attachment is null)
        {
            return CommandResult.Failed("", "This entry cannot be changed now.");
        }
        db.PracticeAttachments.Remove(attachment);
        audit.Record(actor, "practice.attachment-removed", null, $"{practice.Content.Title}: {attachment.FileName}");
        await db.SaveChangesAsync(cancellationToken);
        await files.DeleteAsync(KeyOf(attachment.StoredName), CancellationToken.None);
        await ChangedAsync(practice, cancellationToken);
        return CommandResult.Success;
    }

    /// <summary>The file of a published entry, for anyone; null for any other entry.</summary>
    public async Task<FileDownload?> PublicAsync(string slug, int attachmentId, CancellationToken cancellationToken = default)
    {
        var attachment = await db.PracticeAttachments.AsNoTracking()
            .Where(a => a.Id == attachmentId && db.Practices.Any(p => p.Id == a.PracticeId && p.Slug == slug && p.Status == PracticeStatus.Published && p.PublicRevisionId != null))
            .SingleOrDefaultAsync(cancellationToken);
        return await DownloadAsync(attachment, cancellationToken);
    }

    /// <summary>The file of any entry the viewer may see in review (their own, or any but drafts for curators).</summary>
    public async Task<FileDownload?> ForReviewAsync(string viewerId, int practiceId, int attachmentId, CancellationToken cancellationToken = default)
    {
        var practice = await db.Practices.AsNoTracking().SingleOrDefaultAsync(p => p.Id == practiceId, cancellationToken);
        if (practice is null || !PracticePermissions.CanView(practice.Status, practice.SubmitterId == viewerId, (await access.RolesOfAsync(viewerId, cancellationToken)).IsModerator))
        {
            return null;
        }
        var attachment = await db.PracticeAttachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId && a.PracticeId == practiceId, cancellationToken);
        return await DownloadAsync(attachment, cancellationToken);
    }

    private async Task<FileDownload?> DownloadAsync(PracticeAttachment? attachment, CancellationToken cancellationToken) =>
        attachment is not null && await files.OpenReadAsync(KeyOf(attachment.StoredName), cancellationToken) is { } content
            ? new FileDownload(content, attachment.ContentType, attachment.FileName)
            : null;

    private async Task<Practice?> EditableAsync(Actor actor, int practiceId, CancellationToken cancellationToken)
    {
        var practice = await db.Practices.AsNoTracking().SingleOrDefaultAsync(p => p.Id == practiceId, cancellationToken);
        var roles = await access.RolesOfAsync(actor.UserId, cancellationToken);
        return practice is not null && roles.IsMember && PracticePermissions.CanEdit(practice.Status, practice.SubmitterId == actor.UserId, roles.IsModerator) ? practice : null;
    }

    private async Task ChangedAsync(Practice practice, CancellationToken cancellationToken)
    {
        if (practice.Status == PracticeStatus.Published)
        {
            await publication.ChangedAsync(cancellationToken);
        }
    }
}
