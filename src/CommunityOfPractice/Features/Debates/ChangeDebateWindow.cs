using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Debates;

/// <summary>A moderator extends a debate or closes it early, with a reason shown in the room; the jobs follow.</summary>
internal sealed class ChangeDebateWindow(CommunityDbContext db, DebateAccess access, AuditLog audit, IDebateScheduler scheduler, DebateNotifier notifier, TimeProvider clock)
{
    public async Task<CommandResult> ExtendAsync(Actor moderator, int debateId, DateTimeOffset newClosesAt, string? reason, CancellationToken cancellationToken = default)
    {
        var (debate, error) = await LoadAsync(moderator, debateId, reason, cancellationToken);
        if (debate is null)
        {
            return error!;
        }
        if (newClosesAt <= debate.ClosesAt || newClosesAt <= clock.GetUtcNow())
        {
            return CommandResult.Failed("ClosesAt", "The new closing time must be later than the current one and in the future.");
        }
        return await SaveAsync(moderator, debate, newClosesAt, "debate.extended", reason!, cancellationToken);
    }

    public async Task<CommandResult> CloseNowAsync(Actor moderator, int debateId, string? reason, CancellationToken cancellationToken = default)
    {
        var (debate, error) = await LoadAsync(moderator, debateId, reason, cancellationToken);
        if (debate is null)
        {
            return error!;
        }
        var now = clock.GetUtcNow();
        if (!debate.IsOpenAt(now))
        {
            return CommandResult.Failed("", "Only an open debate can be closed early.");
        }
        return await SaveAsync(moderator, debate, now, "debate.closed-early", reason!, cancellationToken);
    }

    private async Task<(Debate? Debate, CommandResult? Error)> LoadAsync(Actor moderator, int debateId, string? reason, CancellationToken cancellationToken)
    {
        if (!(await access.RolesOfAsync(moderator.UserId, cancellationToken)).IsModerator)
        {
            return (null, CommandResult.Failed("", "Only moderators can do this."));
        }
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > Debate.ReasonLength)
        {
            return (null, CommandResult.Failed("Reason", "Give the reason members will see in the room (at most 1,000 characters)."));
        }
        var debate = await db.Debates.SingleOrDefaultAsync(d => d.Id == debateId && d.IsPublished, cancellationToken);
        return debate is null ? (null, CommandResult.Failed("", "This debate does not exist.")) : (debate, null);
    }

    private async Task<CommandResult> SaveAsync(Actor moderator, Debate debate, DateTimeOffset closesAt, string action, string reason, CancellationToken cancellationToken)
    {
        debate.ClosesAt = closesAt;
        debate.ClosingReminderSentAt = null;
        debate.WindowChangeReason = reason.Trim();
        audit.Record(moderator, action, null, $"debate {debate.Id}: {debate.WindowChangeReason}");
        await db.SaveChangesAsync(cancellationToken);
        scheduler.ScheduleTransitions(debate, clock.GetUtcNow());
        await notifier.PublishAsync(new DebateEvent(debate.Id, DebateEventKind.StateChanged));
        return CommandResult.Success;
    }
}
