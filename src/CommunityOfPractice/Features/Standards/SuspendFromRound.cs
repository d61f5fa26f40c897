using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Standards;

/// <summary>A moderator stops a member from commenting, proposing and supporting in one round; they can still read it.</summary>
internal sealed class SuspendFromRound(CommunityDbContext db, StandardAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(Actor moderator, int roundId, string userId, string? reason, CancellationToken cancellationToken = default)
    {
        if (!await access.CanModerateAsync(moderator.UserId, cancellationToken))
        {
            return CommandResult.Failed("", "Only moderators can do this.");
        }
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > StandardComment.ReasonLength)
        {
            return CommandResult.Failed("Reason", "Give a reason for the suspension (at most 1,000 characters).");
        }
        var member = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (member is null || !await db.ConsultationRounds.AnyAsync(r => r.Id == roundId, cancellationToken))
        {
            return CommandResult.Failed("", "This person could not be found.");
        }
        if (userId == moderator.UserId)
        {
            return CommandResult.Failed("", "You cannot suspend yourself.");
        }
        if (!await RoundContributions.IsSuspendedAsync(db, roundId, userId, cancellationToken))
        {
            db.RoundSuspensions.Add(new RoundSuspension { RoundId = roundId, UserId = userId, Reason = reason, At = clock.GetUtcNow() });
            audit.Record(moderator, "standard.member-suspended", member, $"round {roundId}: {reason}");
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another moderator suspended them at the same moment: they are suspended either way.
            }
        }
        return CommandResult.Success;
    }
}
