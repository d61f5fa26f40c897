using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Webinars;

/// <summary>A member gives their seat back; the first in line on the waitlist gets it and is told.</summary>
internal sealed class CancelRegistration(CommunityDbContext db, IWebinarMail mail, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(string userId, int webinarId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await Seats.LockAsync(db, webinarId, cancellationToken);
        var registration = await db.WebinarRegistrations.SingleOrDefaultAsync(r => r.WebinarId == webinarId && r.UserId == userId, cancellationToken);
        if (registration is null || registration.Status == RegistrationStatus.Cancelled)
        {
            return CommandResult.Success;
        }
        var freedSeat = registration.Status == RegistrationStatus.Registered;
        registration.Status = RegistrationStatus.Cancelled;
        registration.CancelledAt = clock.GetUtcNow();
        var promoted = (await Seats.PromoteAsync(db, webinarId, freedSeat ? 1 : 0, cancellationToken)).SingleOrDefault();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (promoted is not null
            && await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == promoted.UserId, cancellationToken) is { } member
            && await db.Webinars.AsNoTracking().SingleAsync(w => w.Id == webinarId, cancellationToken) is { } webinar)
        {
            await mail.SendSeatFreedAsync(member, webinar, cancellationToken);
        }
        return CommandResult.Success;
    }
}
