using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Webinars;

/// <summary>Reads webinars for members: the list, and one webinar with the viewer's registration.</summary>
internal sealed class WebinarQuery(CommunityDbContext db, TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>The community's webinars: a working group's meetings are listed in its space only.</summary>
    public async Task<IReadOnlyList<Webinar>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Webinars.AsNoTracking().OfTheCommunity().OrderBy(w => w.StartsAt).ToListAsync(cancellationToken);

    /// <summary>The webinar, or null when it does not exist or <paramref name="viewerId"/> may not see it (a group's meeting).</summary>
    public Task<Webinar?> FindAsync(int webinarId, string viewerId, CancellationToken cancellationToken = default) =>
        db.Webinars.AsNoTracking().VisibleTo(db, viewerId).Include(w => w.Speakers).SingleOrDefaultAsync(w => w.Id == webinarId, cancellationToken);

    /// <summary>The webinars setting the context of a debate, pinned at the top of its room.</summary>
    public async Task<IReadOnlyList<Webinar>> ForDebateAsync(int debateId, CancellationToken cancellationToken = default) =>
        await db.Webinars.AsNoTracking().OfTheCommunity().Where(w => w.DebateId == debateId && w.CancelledAt == null).OrderBy(w => w.StartsAt).ToListAsync(cancellationToken);

    public async Task<WebinarView?> ForViewerAsync(int webinarId, string viewerId, CancellationToken cancellationToken = default)
    {
        // A group's meeting is not there for those outside the group: they get the same answer as for no webinar.
        var webinar = await db.Webinars.AsNoTracking().VisibleTo(db, viewerId).Include(w => w.Speakers).SingleOrDefaultAsync(w => w.Id == webinarId, cancellationToken);
        if (webinar is null)
        {
            return null;
        }
        var group = webinar.WorkingGroupId is { } groupId
            ? await db.Set<WorkingGroups.WorkingGroup>().Where(g => g.Id == groupId).Select(g => new WebinarGroup(g.Id, g.Name)).SingleAsync(cancellationToken)
            : null;
        var mayRegister = await db.Webinars.Where(w => w.Id == webinarId).OpenToRegistrationBy(db, viewerId).AnyAsync(cancellationToken);
        var counts = await db.WebinarRegistrations.Where(r => r.WebinarId == webinarId).GroupBy(r => r.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var mine = await db.WebinarRegistrations.Where(r => r.WebinarId == webinarId && r.UserId == viewerId)
            .Select(r => (RegistrationStatus?)r.Status).SingleOrDefaultAsync(cancellationToken);
        var debate = webinar.DebateId is { } id ? await db.Debates.Where(d => d.Id == id).Select(d => d.Title).SingleOrDefaultAsync(cancellationToken) : null;
        return new WebinarView(webinar,
            counts.SingleOrDefault(c => c.Status == RegistrationStatus.Registered)?.Count ?? 0,
            counts.SingleOrDefault(c => c.Status == RegistrationStatus.Waitlisted)?.Count ?? 0,
            mine == RegistrationStatus.Cancelled ? null : mine, debate, group, mayRegister);
    }

    /// <summary>
    /// A member's next webinar: the next one they registered for (or wait for a seat of) that has not ended, else the
    /// next one they may still register for; null when there is neither.
    /// </summary>
    public async Task<NextWebinar?> NextForMemberAsync(string userId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var coming = db.Webinars.AsNoTracking().OfTheCommunity().Where(w => w.CancelledAt == null && now < w.EndsAt).OrderBy(w => w.StartsAt);
        var mine = await coming
            .Select(w => new { Webinar = w, Status = db.WebinarRegistrations.Where(r => r.WebinarId == w.Id && r.UserId == userId && r.Status != RegistrationStatus.Cancelled).Select(r => (RegistrationStatus?)r.Status).FirstOrDefault() })
            .FirstOrDefaultAsync(w => w.Status != null, cancellationToken);
        if (mine is not null)
        {
            return new NextWebinar(mine.Webinar, mine.Status, mine.Webinar.IsNearAt(now));
        }
        var open = await coming.FirstOrDefaultAsync(w => now < w.RegistrationDeadline, cancellationToken);
        return open is null ? null : new NextWebinar(open, null, open.IsNearAt(now));
    }

    /// <summary>What the public landing page may show: titles and dates only, of what is still to come.</summary>
    public async Task<IReadOnlyList<UpcomingEvent>> UpcomingForPublicAsync(int count, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var webinars = await db.Webinars.AsNoTracking().OfTheCommunity().Where(w => w.CancelledAt == null && w.EndsAt > now)
            .OrderBy(w => w.StartsAt).Take(count).Select(w => new UpcomingEvent(UpcomingEventKind.Webinar, w.Title, w.StartsAt, w.EndsAt))
            .ToListAsync(cancellationToken);
        var debates = await db.Debates.AsNoTracking().OfTheCommunity().Where(d => d.IsPublished && d.ClosesAt > now)
            .OrderBy(d => d.OpensAt).Take(count).Select(d => new UpcomingEvent(UpcomingEventKind.Debate, d.Title, d.OpensAt, d.ClosesAt))
            .ToListAsync(cancellationToken);
        return webinars.Concat(debates).OrderBy(e => e.StartsAt).Take(count).ToList();
    }
}
