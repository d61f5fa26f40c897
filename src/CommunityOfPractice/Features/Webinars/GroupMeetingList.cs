using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Webinars;

/// <summary>
/// A working group's meetings, as its space lists them to those who may see the space (the space checks that first):
/// the meetings not yet over, soonest first, and those that are over, latest first, which stay readable.
/// </summary>
internal sealed class GroupMeetingList(CommunityDbContext db, TimeProvider clock)
{
    public async Task<(IReadOnlyList<GroupMeetingView> Upcoming, IReadOnlyList<GroupMeetingView> Past)> ListAsync(int groupId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var meetings = await db.Webinars.AsNoTracking().Where(w => w.WorkingGroupId == groupId)
            .Select(w => new GroupMeetingView(w.Id, w.Title, w.StartsAt, w.EndsAt, w.CancelledAt != null)).ToListAsync(cancellationToken);
        return (meetings.Where(m => m.EndsAt > now).OrderBy(m => m.StartsAt).ToList(), meetings.Where(m => m.EndsAt <= now).OrderByDescending(m => m.StartsAt).ToList());
    }
}
