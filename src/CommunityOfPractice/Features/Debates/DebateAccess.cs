using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Debates;

/// <summary>Who may do what in debates, read from the database so the hub and the pages agree.</summary>
internal sealed class DebateAccess(CommunityDbContext db)
{
    public async Task<ViewerRoles> RolesOfAsync(string userId, CancellationToken cancellationToken = default)
    {
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId select r.Name)
            .ToListAsync(cancellationToken);
        var isModerator = roles.Contains(Roles.Moderator) || roles.Contains(Roles.Admin);
        return new ViewerRoles(isModerator || roles.Contains(Roles.Member) || roles.Contains(Roles.Coordinator), isModerator);
    }
}
