using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>
/// Who may do what with working groups, read from the database so pages, endpoints and jobs agree: coordinators and
/// admins run every group; its chair runs their own; a group's space is for its appointed members, coordinators and admins.
/// </summary>
internal sealed class WorkingGroupAccess(CommunityDbContext db)
{
    public Task<bool> IsCoordinatorAsync(string userId, CancellationToken cancellationToken = default) =>
        HasAnyRoleAsync(userId, [Roles.Coordinator, Roles.Admin], cancellationToken);

    /// <summary>A member of the community, not deleted: who may apply, be appointed or chair.</summary>
    public Task<bool> IsCommunityMemberAsync(string userId, CancellationToken cancellationToken = default) =>
        HasAnyRoleAsync(userId, Roles.All, cancellationToken);

    public Task<bool> IsAppointedAsync(int groupId, string userId, CancellationToken cancellationToken = default) =>
        db.Set<WorkingGroupMember>().AnyAsync(m => m.WorkingGroupId == groupId && m.UserId == userId && m.Status == GroupMemberStatus.Appointed, cancellationToken);

    public async Task<bool> CanSeeAsync(int groupId, string userId, CancellationToken cancellationToken = default) =>
        await IsCoordinatorAsync(userId, cancellationToken) || await IsAppointedAsync(groupId, userId, cancellationToken);

    /// <summary>Coordinators, admins, and the group's chair while still a member.</summary>
    public async Task<bool> CanRunAsync(WorkingGroup group, string userId, CancellationToken cancellationToken = default) =>
        await IsCoordinatorAsync(userId, cancellationToken)
        || (group.ChairId == userId && await IsAppointedAsync(group.Id, userId, cancellationToken));

    private Task<bool> HasAnyRoleAsync(string userId, IReadOnlyList<string> roles, CancellationToken cancellationToken) =>
        (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
         where ur.UserId == userId && roles.Contains(r.Name!) && db.Users.Any(u => u.Id == userId && u.DeletedAt == null)
         select r.Id).AnyAsync(cancellationToken);
}
