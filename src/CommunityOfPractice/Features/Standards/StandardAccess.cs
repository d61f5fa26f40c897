using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Standards;

/// <summary>Who may do what with standards: coordinators and admins draft and answer; every member takes part.</summary>
internal sealed class StandardAccess(CommunityDbContext db)
{
    public Task<bool> CanDraftAsync(string userId, CancellationToken cancellationToken = default) =>
        HasAnyRoleAsync(userId, [Roles.Coordinator, Roles.Admin], cancellationToken);

    /// <summary>Hiding a comment is moderation, as in debates: moderators, coordinators and admins.</summary>
    public Task<bool> CanModerateAsync(string userId, CancellationToken cancellationToken = default) =>
        HasAnyRoleAsync(userId, [Roles.Moderator, Roles.Coordinator, Roles.Admin], cancellationToken);

    public Task<bool> IsMemberAsync(string userId, CancellationToken cancellationToken = default) =>
        HasAnyRoleAsync(userId, Roles.All, cancellationToken);

    private Task<bool> HasAnyRoleAsync(string userId, IReadOnlyList<string> roles, CancellationToken cancellationToken) =>
        (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
         where ur.UserId == userId && roles.Contains(r.Name!) && db.Users.Any(u => u.Id == userId && u.DeletedAt == null)
         select r.Id).AnyAsync(cancellationToken);
}
