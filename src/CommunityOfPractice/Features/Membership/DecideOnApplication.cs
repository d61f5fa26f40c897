using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Membership;

/// <summary>A moderator approves, rejects with a reason, or asks the applicant a question.</summary>
internal sealed class DecideOnApplication(
    CommunityDbContext db,
    UserManager<AppUser> users,
    AuditLog audit,
    IMembershipMail mail,
    TimeProvider clock)
{
    public const int ReasonMax = 4000;

    public async Task<CommandResult> HandleAsync(Actor moderator, int applicationId, ApplicationDecision decision, string? text, CancellationToken cancellationToken = default)
    {
        if (await users.FindByIdAsync(moderator.UserId) is not { } moderatorUser
            || !(await users.IsInRoleAsync(moderatorUser, Roles.Moderator) || await users.IsInRoleAsync(moderatorUser, Roles.Admin)))
        {
            return CommandResult.Failed("", "Only moderators can decide on applications.");
        }
        text = text?.Trim();
        if (decision == ApplicationDecision.Reject && string.IsNullOrEmpty(text))
        {
            return CommandResult.Failed("Text", "Give the applicant a reason for the rejection.");
        }
        if (decision == ApplicationDecision.RequestInformation && string.IsNullOrEmpty(text))
        {
            return CommandResult.Failed("Text", "Write the question the applicant should answer.");
        }
        if (text is { Length: > ReasonMax })
        {
            return CommandResult.Failed("Text", "The text must be at most {0} characters.", ReasonMax);
        }

        var application = await db.MembershipApplications.Include(a => a.User)
            .SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application?.User is not { } applicant)
        {
            return CommandResult.Failed("", "This application no longer exists.");
        }

        var now = clock.GetUtcNow();
        var changed = decision switch
        {
            ApplicationDecision.Approve => application.Approve(moderator.UserId, now),
            ApplicationDecision.Reject => application.Reject(moderator.UserId, text!, now),
            _ => application.RequestInformation(text!),
        };
        if (!changed)
        {
            return CommandResult.Failed("", "This application has already been handled.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (decision == ApplicationDecision.Approve)
        {
            var granted = await users.AddToRoleAsync(applicant, Roles.Member);
            if (!granted.Succeeded)
            {
                return CommandResult.Failed("", "The Member role could not be granted.");
            }
        }
        var action = decision switch
        {
            ApplicationDecision.Approve => "application.approved",
            ApplicationDecision.Reject => "application.rejected",
            _ => "application.information-requested",
        };
        audit.Record(moderator, action, applicant, text);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Failed("", "This application has already been handled.");
        }
        await transaction.CommitAsync(cancellationToken);

        switch (decision)
        {
            case ApplicationDecision.Approve:
                await mail.SendApprovedAsync(applicant, cancellationToken);
                break;
            case ApplicationDecision.Reject:
                await mail.SendRejectedAsync(applicant, text!, cancellationToken);
                break;
            default:
                await mail.SendInformationRequestedAsync(applicant, text!, cancellationToken);
                break;
        }
        return CommandResult.Success;
    }
}
