using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>
/// The chair's reminder, 30 days before the term ends. It is claimed on the group's sent-once marker (the end it was
/// sent for) with a conditional update before it is mailed, so a job run twice, late or on two nodes mails it once, and
/// a renewed term gets its own reminder.
/// </summary>
internal sealed class TermReminders(CommunityDbContext db, IWorkingGroupMail mail, TimeProvider clock)
{
    public async Task ApplyAsync(int groupId, CancellationToken cancellationToken = default)
    {
        var group = await db.Set<WorkingGroup>().AsNoTracking().SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        if (group is null)
        {
            return;
        }
        var now = clock.GetUtcNow();
        if (now >= group.ReminderDueAt && !group.IsClosedAt(now) && group.ReminderSentFor != group.EndsOn
            && await db.Set<WorkingGroup>().Where(g => g.Id == groupId && g.EndsOn == group.EndsOn && (g.ReminderSentFor == null || g.ReminderSentFor != g.EndsOn))
                .ExecuteUpdateAsync(s => s.SetProperty(g => g.ReminderSentFor, group.EndsOn), cancellationToken) == 1
            && await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == group.ChairId && u.DeletedAt == null, cancellationToken) is { } chair)
        {
            await mail.SendTermEndingAsync(chair, group, cancellationToken);
        }
    }

    /// <summary>Every group whose reminder for its current end is still owed: a lost job's work is done now. Returns those groups.</summary>
    public async Task<IReadOnlyList<WorkingGroup>> ReconcileAsync(CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var owed = await db.Set<WorkingGroup>().AsNoTracking()
            .Where(g => g.EndsOn >= today && (g.ReminderSentFor == null || g.ReminderSentFor != g.EndsOn))
            .ToListAsync(cancellationToken);
        foreach (var group in owed)
        {
            await ApplyAsync(group.Id, cancellationToken);
        }
        return owed;
    }
}
