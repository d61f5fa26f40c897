using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Organisations;

/// <summary>The coordinating body's switch for the public summary of organisations (off until turned on), audited.</summary>
internal sealed class OrganisationSummarySwitch(CommunityDbContext db, AuditLog audit, IOrganisationPublication publication, TimeProvider clock)
{
    public async Task<bool> IsOnAsync(CancellationToken cancellationToken = default) =>
        await db.Set<OrganisationSettings>().AsNoTracking().Where(s => s.Id == OrganisationSettings.TheOne).Select(s => s.PublicSummary).SingleOrDefaultAsync(cancellationToken);

    /// <param name="coordinator">Who turns it; the host lets only coordinators and admins (with a second factor) reach the switch.</param>
    public async Task<CommandResult> SetAsync(Actor coordinator, bool on, CancellationToken cancellationToken = default)
    {
        var settings = await db.Set<OrganisationSettings>().SingleOrDefaultAsync(s => s.Id == OrganisationSettings.TheOne, cancellationToken);
        if (settings is null)
        {
            settings = new OrganisationSettings();
            db.Add(settings);
        }
        if (settings.PublicSummary == on && settings.ChangedAt is not null)
        {
            return CommandResult.Success;
        }
        settings.PublicSummary = on;
        settings.ChangedAt = clock.GetUtcNow();
        audit.Record(coordinator, on ? "organisation.summary-public" : "organisation.summary-private", null);
        await db.SaveChangesAsync(cancellationToken);
        await publication.ChangedAsync(cancellationToken);
        return CommandResult.Success;
    }
}
