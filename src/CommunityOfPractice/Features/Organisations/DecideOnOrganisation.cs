using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Membership;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Organisations;

/// <summary>
/// A moderator approves an organisation (its applicant becomes its first representative), rejects it with a reason,
/// or asks the applicant a question; as for people's applications, each step is audited and mailed.
/// </summary>
internal sealed class DecideOnOrganisation(
    CommunityDbContext db,
    UserManager<AppUser> users,
    AuditLog audit,
    IOrganisationMail mail,
    IOrganisationPublication publication,
    TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(Actor moderator, int organisationId, OrganisationDecision decision, string? text, CancellationToken cancellationToken = default)
    {
        if (await users.FindByIdAsync(moderator.UserId) is not { } moderatorUser
            || !(await users.IsInRoleAsync(moderatorUser, Roles.Moderator) || await users.IsInRoleAsync(moderatorUser, Roles.Admin)))
        {
            return CommandResult.Failed("", "Only moderators can decide on organisations.");
        }
        text = text?.Trim();
        if (!Enum.IsDefined(decision))
        {
            return CommandResult.Failed("Decision", "Choose a decision.");
        }
        if (decision == OrganisationDecision.Reject && string.IsNullOrEmpty(text))
        {
            return CommandResult.Failed("Text", "Give the applicant a reason for the rejection.");
        }
        if (decision == OrganisationDecision.RequestInformation && string.IsNullOrEmpty(text))
        {
            return CommandResult.Failed("Text", "Write the question the applicant should answer.");
        }
        if (text is { Length: > OrganisationRules.TextMax })
        {
            return CommandResult.Failed("Text", "The text must be at most {0} characters.", OrganisationRules.TextMax);
        }
        var organisation = await db.Organisations.Include(o => o.Representatives).SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
        if (organisation is null || await db.Users.SingleOrDefaultAsync(u => u.Id == organisation.ApplicantId, cancellationToken) is not { } applicant)
        {
            return CommandResult.Failed("", "This organisation no longer exists.");
        }
        var now = clock.GetUtcNow();
        var changed = decision switch
        {
            OrganisationDecision.Approve => organisation.Approve(moderator.UserId, now),
            OrganisationDecision.Reject => organisation.Reject(moderator.UserId, text!, now),
            _ => organisation.RequestInformation(text!),
        };
        if (!changed)
        {
            return CommandResult.Failed("", "This organisation has already been handled.");
        }
        if (decision == OrganisationDecision.Approve)
        {
            if (applicant.DeletedAt is null)
            {
                organisation.Representatives.Add(new OrganisationRepresentative { UserId = applicant.Id, AddedAt = now });
            }
            else
            {
                // The applicant left while it waited: the organisation is in, and moderators find it a representative.
                organisation.NeedsRepresentative = true;
            }
        }
        var action = decision switch
        {
            OrganisationDecision.Approve => "organisation.approved",
            OrganisationDecision.Reject => "organisation.rejected",
            _ => "organisation.information-requested",
        };
        audit.Record(moderator, action, applicant, text is { Length: > 0 } ? $"{organisation.Name}: {text}" : organisation.Name);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Failed("", "This organisation has already been handled.");
        }

        if (applicant.DeletedAt is null)
        {
            await (decision switch
            {
                OrganisationDecision.Approve => mail.SendApprovedAsync(applicant, organisation, cancellationToken),
                OrganisationDecision.Reject => mail.SendRejectedAsync(applicant, organisation, text!, cancellationToken),
                _ => mail.SendInformationRequestedAsync(applicant, organisation, text!, cancellationToken),
            });
        }
        if (decision == OrganisationDecision.Approve)
        {
            await publication.ChangedAsync(cancellationToken);
        }
        return CommandResult.Success;
    }
}
