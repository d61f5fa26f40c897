using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Standards;

/// <summary>A coordinator confirms an endorsement, after which it is shown with the standard.</summary>
internal sealed class ConfirmEndorsement(CommunityDbContext db, StandardAccess access, AuditLog audit, IStandardPublication publication, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(Actor coordinator, int endorsementId, CancellationToken cancellationToken = default)
    {
        if (!await access.CanDraftAsync(coordinator.UserId, cancellationToken))
        {
            return CommandResult.Failed("", "Only coordinators can draft standards.");
        }
        var endorsement = await db.StandardEndorsements.SingleOrDefaultAsync(e => e.Id == endorsementId, cancellationToken);
        if (endorsement is null)
        {
            return CommandResult.Failed("", "This endorsement does not exist.");
        }
        if (endorsement.IsConfirmed)
        {
            return CommandResult.Success;
        }
        endorsement.ConfirmedById = coordinator.UserId;
        endorsement.ConfirmedAt = clock.GetUtcNow();
        audit.Record(coordinator, "standard.endorsement-confirmed", null, endorsement.Organisation);
        await db.SaveChangesAsync(cancellationToken);
        await publication.ChangedAsync(cancellationToken);
        return CommandResult.Success;
    }
}
