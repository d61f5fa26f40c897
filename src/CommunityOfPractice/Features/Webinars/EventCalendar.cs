using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Webinars;

/// <summary>One calendar of webinars and debate windows, for members.</summary>
internal sealed class EventCalendar(CommunityDbContext db, TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Everything overlapping [from, to), earliest first.</summary>
    public async Task<IReadOnlyList<CalendarEntry>> BetweenAsync(string viewerId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var webinars = await db.Webinars.AsNoTracking().OfTheCommunity().Where(w => w.StartsAt < to && w.EndsAt > from)
            .Select(w => new CalendarEntry(UpcomingEventKind.Webinar, w.Id, w.Title, w.StartsAt, w.EndsAt, w.CancelledAt != null))
            .ToListAsync(cancellationToken);
        var debates = await db.Debates.AsNoTracking().VisibleTo(db, viewerId).Where(d => d.IsPublished && d.OpensAt < to && d.ClosesAt > from)
            .Select(d => new CalendarEntry(UpcomingEventKind.Debate, d.Id, d.Title, d.OpensAt, d.ClosesAt, false))
            .ToListAsync(cancellationToken);
        return webinars.Concat(debates).OrderBy(e => e.StartsAt).ThenBy(e => e.Title).ToList();
    }
}
