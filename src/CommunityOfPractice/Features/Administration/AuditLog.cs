using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Administration;

/// <summary>
/// Writes audit entries into the same unit of work as the change they describe, so a decision and its
/// record are saved together or not at all; and reads them back for admins.
/// </summary>
internal sealed class AuditLog(CommunityDbContext db, TimeProvider clock)
{
    public void Record(Actor? actor, string action, AppUser? subject, string? details = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            ActorId = actor?.UserId,
            ActorName = actor?.DisplayName ?? "system",
            Action = action,
            SubjectUserId = subject?.Id,
            SubjectName = subject?.DisplayName ?? "",
            Details = details,
        });

    public async Task<AuditPage> SearchAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(e => e.Action.StartsWith(filter.Action));
        }
        if (!string.IsNullOrWhiteSpace(filter.Person))
        {
            var person = filter.Person.Trim();
            query = query.Where(e => e.ActorName.Contains(person) || e.SubjectName.Contains(person));
        }
        if (filter.From is { } from)
        {
            query = query.Where(e => e.At >= from);
        }
        if (filter.To is { } to)
        {
            query = query.Where(e => e.At < to);
        }
        var total = await query.CountAsync(cancellationToken);
        var page = Math.Max(1, filter.Page);
        var entries = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((page - 1) * AuditFilter.PageSize).Take(AuditFilter.PageSize)
            .ToListAsync(cancellationToken);
        return new AuditPage(entries, total, page);
    }
}
