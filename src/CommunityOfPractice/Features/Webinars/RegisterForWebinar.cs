using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Webinars;

/// <summary>
/// A member takes a seat, or joins the waitlist when the webinar is full. Counting the seats and taking one
/// happen in one serialized transaction, so two members taking the last seat at once get one seat and one
/// waitlist place.
/// </summary>
internal sealed class RegisterForWebinar(CommunityDbContext db, IWebinarMail mail, TimeProvider clock)
{
    public async Task<CommandResult<RegistrationStatus?>> HandleAsync(string userId, int webinarId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await Seats.LockAsync(db, webinarId, cancellationToken);
        var webinar = await db.Webinars.AsNoTracking().SingleOrDefaultAsync(w => w.Id == webinarId, cancellationToken);
        var now = clock.GetUtcNow();
        if (webinar is null)
        {
            return Refused("This webinar does not exist.");
        }
        // A group's meeting takes only the group's appointed members; to anyone who may not even see it, it does not exist.
        if (webinar.WorkingGroupId is not null && !await db.Webinars.Where(w => w.Id == webinarId).OpenToRegistrationBy(db, userId).AnyAsync(cancellationToken))
        {
            return await db.Webinars.Where(w => w.Id == webinarId).VisibleTo(db, userId).AnyAsync(cancellationToken)
                ? Refused("Only the group's members can register for its meetings.")
                : Refused("This webinar does not exist.");
        }
        if (webinar.CancelledAt is not null)
        {
            return Refused("This webinar has been cancelled.");
        }
        if (!webinar.AcceptsRegistrationsAt(now))
        {
            return Refused("Registration for this webinar closed on {0:u}.", webinar.RegistrationDeadline);
        }
        var existing = await db.WebinarRegistrations.SingleOrDefaultAsync(r => r.WebinarId == webinarId && r.UserId == userId, cancellationToken);
        if (existing is { Status: not RegistrationStatus.Cancelled })
        {
            return existing.Status;
        }
        var taken = await Seats.TakenAsync(db, webinarId, cancellationToken);
        var status = webinar.Capacity is { } capacity && taken >= capacity ? RegistrationStatus.Waitlisted : RegistrationStatus.Registered;
        if (existing is null)
        {
            db.WebinarRegistrations.Add(new WebinarRegistration { WebinarId = webinarId, UserId = userId, Status = status, RegisteredAt = now });
        }
        else
        {
            existing.Status = status;
            existing.RegisteredAt = now;
            existing.CancelledAt = null;
        }
        if (webinar.DebateId is { } debateId && !await db.DebateFollows.AnyAsync(f => f.DebateId == debateId && f.UserId == userId, cancellationToken))
        {
            // Registering for the context-setting webinar follows its debate: the window joins the member's calendar.
            db.DebateFollows.Add(new Debates.DebateFollow { DebateId = debateId, UserId = userId, At = now });
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (status == RegistrationStatus.Registered && await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken) is { } member)
        {
            await mail.SendRegisteredAsync(member, webinar, cancellationToken);
        }
        return status;
    }

    private static CommandResult<RegistrationStatus?> Refused(string message, params object[] arguments) => CommandResult<RegistrationStatus?>.Failed("", message, arguments);
}
