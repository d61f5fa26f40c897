using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Membership;

/// <summary>The link in the first mail: confirms the address and puts the application in the moderators' queue.</summary>
internal sealed class ConfirmApplicationEmail(
    CommunityDbContext db,
    UserManager<AppUser> users,
    AuditLog audit,
    IMembershipMail mail,
    TimeProvider clock)
{
    public async Task<bool> HandleAsync(string? userId, string? code, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(code) || await users.FindByIdAsync(userId) is not { } user)
        {
            return false;
        }
        var wasConfirmed = user.EmailConfirmed;
        var result = await users.ConfirmEmailAsync(user, code);
        if (!result.Succeeded)
        {
            return false;
        }
        var application = await db.MembershipApplications.SingleOrDefaultAsync(a => a.UserId == user.Id, cancellationToken);
        if (wasConfirmed || application is null || !application.ConfirmEmail(clock.GetUtcNow()))
        {
            return true;
        }
        audit.Record(new Actor(user.Id, user.DisplayName), "application.email-confirmed", user);
        await db.SaveChangesAsync(cancellationToken);
        await mail.SendApplicationQueuedAsync(user, cancellationToken);
        return true;
    }
}
