using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Debates;

/// <summary>A moderator publishes a draft: members see it, and it opens and closes on time.</summary>
internal sealed class PublishDebate(CommunityDbContext db, DebateAccess access, AuditLog audit, IDebateScheduler scheduler, DebateNotifier notifier, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(Actor moderator, int debateId, CancellationToken cancellationToken = default)
    {
        if (!(await access.RolesOfAsync(moderator.UserId, cancellationToken)).IsModerator)
        {
            return CommandResult.Failed("", "Only moderators can do this.");
        }
        var debate = await db.Debates.SingleOrDefaultAsync(d => d.Id == debateId, cancellationToken);
        if (debate is null)
        {
            return CommandResult.Failed("", "This debate does not exist.");
        }
        var now = clock.GetUtcNow();
        if (debate.ClosesAt <= now)
        {
            return CommandResult.Failed("", "The closing time is already past.");
        }
        if (debate.IsPublished)
        {
            return CommandResult.Success;
        }
        debate.IsPublished = true;
        audit.Record(moderator, "debate.published", null, debate.Title);
        await db.SaveChangesAsync(cancellationToken);
        scheduler.ScheduleTransitions(debate, now);
        await notifier.PublishAsync(new DebateEvent(debate.Id, DebateEventKind.StateChanged));
        return CommandResult.Success;
    }
}
