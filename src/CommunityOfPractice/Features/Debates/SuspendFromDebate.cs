using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Debates;

/// <summary>A moderator stops a member from posting in one debate; they can still read it.</summary>
internal sealed class SuspendFromDebate(CommunityDbContext db, DebateAccess access, AuditLog audit, DebateNotifier notifier, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(Actor moderator, int debateId, string userId, string? reason, CancellationToken cancellationToken = default)
    {
        if (!(await access.RolesOfAsync(moderator.UserId, cancellationToken)).IsModerator)
        {
            return CommandResult.Failed("", "Only moderators can do this.");
        }
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > Debate.ReasonLength)
        {
            return CommandResult.Failed("Reason", "Give a reason for the suspension (at most 1,000 characters).");
        }
        var member = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (member is null || !await db.Debates.AnyAsync(d => d.Id == debateId, cancellationToken))
        {
            return CommandResult.Failed("", "This person could not be found.");
        }
        if (!await db.DebateSuspensions.AnyAsync(s => s.DebateId == debateId && s.UserId == userId, cancellationToken))
        {
            db.DebateSuspensions.Add(new DebateSuspension { DebateId = debateId, UserId = userId, Reason = reason, At = clock.GetUtcNow() });
            audit.Record(moderator, "debate.member-suspended", member, $"debate {debateId}: {reason}");
            await db.SaveChangesAsync(cancellationToken);
            // The member's open room reloads and closes its composer; the server refuses their posts either way.
            await notifier.PublishAsync(new DebateEvent(debateId, DebateEventKind.StateChanged));
        }
        return CommandResult.Success;
    }
}
