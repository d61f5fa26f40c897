using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Webinars;

/// <summary>What every change to a webinar's seats shares: one writer at a time, and promotion from the waitlist.</summary>
internal static class Seats
{
    /// <summary>
    /// Serializes seat changes for one webinar inside the caller's transaction. SQLite serializes writers
    /// already (BEGIN IMMEDIATE); PostgreSQL needs the webinar row locked.
    /// </summary>
    public static async Task LockAsync(CommunityDbContext db, int webinarId, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM \"Webinars\" WHERE \"Id\" = {webinarId} FOR UPDATE", cancellationToken);
        }
    }

    /// <summary>Gives up to <paramref name="freeSeats"/> seats to the first in line; the caller saves and mails them.</summary>
    public static async Task<List<WebinarRegistration>> PromoteAsync(CommunityDbContext db, int webinarId, int freeSeats, CancellationToken cancellationToken)
    {
        if (freeSeats <= 0)
        {
            return [];
        }
        var promoted = await db.WebinarRegistrations.Where(r => r.WebinarId == webinarId && r.Status == RegistrationStatus.Waitlisted)
            .OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id).Take(freeSeats).ToListAsync(cancellationToken);
        foreach (var registration in promoted)
        {
            registration.Status = RegistrationStatus.Registered;
        }
        return promoted;
    }

    public static Task<int> TakenAsync(CommunityDbContext db, int webinarId, CancellationToken cancellationToken) =>
        db.WebinarRegistrations.CountAsync(r => r.WebinarId == webinarId && r.Status == RegistrationStatus.Registered, cancellationToken);

    /// <summary>The members holding a seat or a waitlist place, for mails about the webinar itself.</summary>
    public static Task<List<AppUser>> PeopleAsync(CommunityDbContext db, int webinarId, bool includeWaitlist, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking()
            .Where(u => u.DeletedAt == null && db.WebinarRegistrations.Any(r => r.WebinarId == webinarId && r.UserId == u.Id
                && (r.Status == RegistrationStatus.Registered || (includeWaitlist && r.Status == RegistrationStatus.Waitlisted))))
            .ToListAsync(cancellationToken);
}
