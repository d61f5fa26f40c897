using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.WorkingGroups;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Webinars;

/// <summary>
/// Who may change or cancel a webinar: moderators and admins any webinar they see; a working group's chair, while still
/// appointed and the group's term is not over, that group's meetings and nothing else. Read from the database (as
/// <see cref="WebinarAudience"/> is, without the working groups feature's services), so the pages and the use case agree.
/// </summary>
public sealed class WebinarStewards(CommunityDbContext db, DebateAccess access, TimeProvider clock)
{
    /// <summary>Whether <paramref name="userId"/> may change a webinar of <paramref name="workingGroupId"/> (null: the community's).</summary>
    public async Task<bool> MayChangeAsync(int? workingGroupId, string userId, CancellationToken cancellationToken = default) =>
        (await access.RolesOfAsync(userId, cancellationToken)).IsModerator || await ChairsAsync(workingGroupId, userId, cancellationToken);

    /// <summary>
    /// Whether <paramref name="userId"/> is the sitting chair of <paramref name="workingGroupId"/>: a member of the community,
    /// named chair, still appointed, the term not over (the rule by which they schedule its meetings).
    /// </summary>
    public async Task<bool> ChairsAsync(int? workingGroupId, string userId, CancellationToken cancellationToken = default)
    {
        if (workingGroupId is not { } groupId || userId.Length == 0)
        {
            return false;
        }
        var group = await db.Set<WorkingGroup>().AsNoTracking()
            .Where(g => g.Id == groupId && g.ChairId == userId
                && db.Set<WorkingGroupMember>().Any(m => m.WorkingGroupId == groupId && m.UserId == userId && m.Status == GroupMemberStatus.Appointed))
            .SingleOrDefaultAsync(cancellationToken);
        return group is not null && !group.IsClosedAt(clock.GetUtcNow()) && (await access.RolesOfAsync(userId, cancellationToken)).IsMember;
    }
}
