using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Membership;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Organisations;

/// <summary>
/// A deleted member stops representing their organisations. An organisation they were the last representative of
/// stays in the directory (it is a body, not a person) and is flagged to moderators, who find it a new representative.
/// </summary>
internal sealed class OrganisationsOfDeletedAccounts(CommunityDbContext db, AuditLog audit) : IAccountDeletion
{
    public async Task BeforeDeletingAsync(string userId, CancellationToken cancellationToken)
    {
        var represented = await db.OrganisationRepresentatives.Where(r => r.UserId == userId).Select(r => r.OrganisationId).ToListAsync(cancellationToken);
        if (represented.Count == 0)
        {
            return;
        }
        var member = await db.Users.SingleAsync(u => u.Id == userId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.OrganisationRepresentatives.Where(r => r.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        foreach (var organisation in await db.Organisations.Where(o => represented.Contains(o.Id)).ToListAsync(cancellationToken))
        {
            if (!await db.OrganisationRepresentatives.AnyAsync(r => r.OrganisationId == organisation.Id, cancellationToken))
            {
                organisation.NeedsRepresentative = true;
            }
            audit.Record(null, "organisation.representative-left", member, organisation.Name);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
