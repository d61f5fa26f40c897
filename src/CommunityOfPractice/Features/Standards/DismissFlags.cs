using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;

namespace CommunityOfPractice.Features.Standards;

/// <summary>A moderator looked at a flagged contribution and leaves it shown: its open flags are dealt with.</summary>
internal sealed class DismissFlags(CommunityDbContext db, StandardAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(Actor moderator, ContributionKind kind, long contributionId, CancellationToken cancellationToken = default)
    {
        if (!await access.CanModerateAsync(moderator.UserId, cancellationToken))
        {
            return CommandResult.Failed("", "Only moderators can do this.");
        }
        if (await RoundContributions.ResolveFlagsAsync(db, kind, contributionId, clock.GetUtcNow(), cancellationToken) > 0)
        {
            audit.Record(moderator, "standard.flags-dismissed", null, $"{kind} {contributionId}");
            await db.SaveChangesAsync(cancellationToken);
        }
        return CommandResult.Success;
    }
}
