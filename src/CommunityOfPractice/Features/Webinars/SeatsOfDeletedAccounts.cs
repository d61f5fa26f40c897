using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Webinars;

/// <summary>
/// A deleted account's seats and waitlist places, each cancelled in its own transaction as a member's own
/// cancellation is: the next in line is promoted and told.
/// </summary>
internal sealed class SeatsOfDeletedAccounts(CommunityDbContext db, CancelRegistration cancelRegistration) : IAccountDeletion
{
    public async Task BeforeDeletingAsync(string userId, CancellationToken cancellationToken)
    {
        var seats = await db.WebinarRegistrations.Where(r => r.UserId == userId && r.Status != RegistrationStatus.Cancelled)
            .Select(r => r.WebinarId).ToListAsync(cancellationToken);
        foreach (var webinarId in seats)
        {
            await cancelRegistration.HandleAsync(userId, webinarId, cancellationToken);
        }
    }
}
