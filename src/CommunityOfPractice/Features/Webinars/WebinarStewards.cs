using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.WorkingGroups;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Webinars;

/// <summary>
/// Who may change or cancel a webinar: moderators and admins any webinar they see; those who run a working group
/// (coordinators, admins, and its chair while still appointed), while its term is not over, that group's meetings: the
/// rule by which they schedule them (<see cref="CreateGroupMeeting"/>), so the pages and the use case agree.
/// </summary>
internal sealed class WebinarStewards(CommunityDbContext db, DebateAccess access, WorkingGroupAccess groups, TimeProvider clock)
{
    /// <summary>Whether <paramref name="userId"/> may change a webinar of <paramref name="workingGroupId"/> (null: the community's).</summary>
    public async Task<bool> MayChangeAsync(int? workingGroupId, string userId, CancellationToken cancellationToken = default) =>
        (await access.RolesOfAsync(userId, cancellationToken)).IsModerator || await RunsGroupAsync(workingGroupId, userId, cancellationToken);

    /// <summary>Whether <paramref name="userId"/> runs <paramref name="workingGroupId"/>, a community member, its term not over.</summary>
    public async Task<bool> RunsGroupAsync(int? workingGroupId, string userId, CancellationToken cancellationToken = default)
    {
        if (workingGroupId is not { } groupId || userId.Length == 0)
        {
            return false;
        }
        var group = await db.Set<WorkingGroup>().AsNoTracking().SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        return group is not null && !group.IsClosedAt(clock.GetUtcNow()) && await groups.CanRunAsync(group, userId, cancellationToken)
            && (await access.RolesOfAsync(userId, cancellationToken)).IsMember;
    }
}
