using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using Microsoft.AspNetCore.Identity;

namespace CommunityOfPractice.Features.Administration;

/// <summary>Admins grant and remove roles; each change is audited.</summary>
internal sealed class ChangeRoles(CommunityDbContext db, UserManager<AppUser> users, AuditLog audit, Membership.AccountChanges changes)
{
    public async Task<CommandResult> HandleAsync(Actor admin, string userId, string role, bool grant, CancellationToken cancellationToken = default)
    {
        if (!Roles.All.Contains(role))
        {
            return CommandResult.Failed("", "Unknown role.");
        }
        if (await users.FindByIdAsync(admin.UserId) is not { } adminUser || !await users.IsInRoleAsync(adminUser, Roles.Admin))
        {
            return CommandResult.Failed("", "Only administrators can change roles.");
        }
        if (await users.FindByIdAsync(userId) is not { DeletedAt: null } user)
        {
            return CommandResult.Failed("", "This person could not be found.");
        }
        if (!grant && role == Roles.Admin && user.Id == admin.UserId)
        {
            return CommandResult.Failed("", "You cannot remove your own administrator role.");
        }
        if (await users.IsInRoleAsync(user, role) == grant)
        {
            return CommandResult.Success;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = grant ? await users.AddToRoleAsync(user, role) : await users.RemoveFromRoleAsync(user, role);
        if (!result.Succeeded)
        {
            return CommandResult.Failed("", "The role could not be changed.");
        }
        audit.Record(admin, grant ? "role.granted" : "role.removed", user, role);
        await db.SaveChangesAsync(cancellationToken);
        // Signs the person out of sessions that still carry the old roles.
        await users.UpdateSecurityStampAsync(user);
        await transaction.CommitAsync(cancellationToken);
        await changes.RaiseAsync(user.Id);
        return CommandResult.Success;
    }
}
